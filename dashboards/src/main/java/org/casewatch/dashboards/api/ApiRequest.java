package org.casewatch.dashboards.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casewatch.index.query.InvalidParameterException;
import org.casewatch.index.query.Params;

/**
 * The query parameters of one API request, checked against the route's allow-list.
 *
 * <p>A parameter the route does not know ({@code index=*}, {@code _source=...}) is refused with a
 * 400 naming it rather than ignored, so a probe learns nothing and a typo does not silently widen a
 * query. A parameter that takes one value and is given twice is refused too. Values are then
 * validated by {@link Params}.
 */
final class ApiRequest {

  private static final int MAX_NAME_CHARS = 40;

  private final Map<String, List<String>> params;

  ApiRequest(Context ctx, Set<String> allowed) {
    this.params = ctx.queryParamMap();
    for (String name : params.keySet()) {
      if (!allowed.contains(name)) {
        throw new InvalidParameterException(printable(name), "is not a parameter of this route");
      }
    }
  }

  /** Whether the parameter was given. */
  boolean has(String name) {
    return params.containsKey(name);
  }

  /** The one value of {@code name}, or null when absent or empty. */
  String string(String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new InvalidParameterException(name, "takes one value, was given " + values.size());
    }
    String value = values.get(0);
    return value == null || value.isEmpty() ? null : value;
  }

  /** Every value of a repeatable parameter ({@code source=a&source=b}); empty when absent. */
  List<String> strings(String name) {
    List<String> values = params.get(name);
    return values == null ? List.of() : Params.values(name, values);
  }

  int integer(String name, int absent) {
    String value = string(name);
    return value == null ? absent : Params.integer(name, value);
  }

  boolean bool(String name) {
    String value = string(name);
    return value != null && Params.bool(name, value);
  }

  Double decimal(String name) {
    String value = string(name);
    return value == null ? null : Params.decimal(name, value);
  }

  Instant dateStart(String name) {
    String value = string(name);
    return value == null ? null : Params.dateStart(name, value);
  }

  Instant dateEnd(String name) {
    String value = string(name);
    return value == null ? null : Params.dateEnd(name, value);
  }

  <E extends Enum<E>> E choice(String name, Class<E> type, E absent) {
    String value = string(name);
    return value == null ? absent : Params.choice(name, value, type);
  }

  /** A parameter name safe to echo: printable ASCII, at most 40 characters. */
  static String printable(String name) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length() && sb.length() < MAX_NAME_CHARS; i++) {
      char c = name.charAt(i);
      sb.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return sb.length() == 0 ? "(empty name)" : sb.toString();
  }
}
