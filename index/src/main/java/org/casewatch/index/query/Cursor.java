package org.casewatch.index.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The opaque page cursor of a search: the {@code search_after} values of the last hit of a page,
 * with the name of the sort they belong to, as base64url JSON.
 *
 * <p>Callers hand back what they were given; a cursor that does not decode, belongs to another sort
 * or carries anything but a few scalars is refused as an {@link InvalidParameterException} naming
 * {@code cursor}. Being {@code search_after}, paging never slows down with depth and never repeats
 * or skips a hit while the index does not change.
 */
final class Cursor {

  /** The longest cursor accepted: **1,024 characters**. */
  static final int MAX_CHARS = 1024;

  static final String PARAMETER = "cursor";

  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(4)
                          .maxStringLength(2048)
                          .build())
                  .build())
          .build();

  private Cursor() {}

  /** The cursor after a hit whose sort values are {@code values}, under sort {@code sort}. */
  static String encode(String sort, List<FieldValue> values) {
    ObjectNode node = JSON.createObjectNode();
    node.put("s", sort);
    ArrayNode array = node.putArray("v");
    for (FieldValue value : values) {
      switch (value._kind()) {
        case Long -> array.add(value.longValue());
        case Double -> array.add(value.doubleValue());
        case Boolean -> array.add(value.booleanValue());
        case String -> array.add(value.stringValue());
        case Null -> array.addNull();
        default -> throw new IllegalStateException("unexpected sort value " + value._kind());
      }
    }
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a cursor", e);
    }
  }

  /** The {@code search_after} values of a cursor made under sort {@code sort}. */
  static List<FieldValue> decode(String sort, String cursor, int expectedValues) {
    if (cursor == null || cursor.isEmpty() || cursor.length() > MAX_CHARS) {
      throw invalid();
    }
    JsonNode node;
    try {
      node =
          JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | JsonProcessingException e) {
      throw invalid();
    }
    if (node == null
        || !node.path("s").asText("").equals(sort)
        || !node.path("v").isArray()
        || node.path("v").size() != expectedValues) {
      throw new InvalidParameterException(
          PARAMETER, "does not belong to this query's sort; start again without a cursor");
    }
    List<FieldValue> values = new ArrayList<>();
    for (JsonNode value : node.path("v")) {
      if (value.isIntegralNumber()) {
        values.add(FieldValue.of(value.longValue()));
      } else if (value.isNumber()) {
        values.add(FieldValue.of(value.doubleValue()));
      } else if (value.isBoolean()) {
        values.add(FieldValue.of(value.booleanValue()));
      } else if (value.isTextual()) {
        values.add(FieldValue.of(value.textValue()));
      } else if (value.isNull()) {
        values.add(FieldValue.NULL);
      } else {
        throw invalid();
      }
    }
    return values;
  }

  private static InvalidParameterException invalid() {
    return new InvalidParameterException(
        PARAMETER, "is not a cursor this service returned; start again without a cursor");
  }
}
