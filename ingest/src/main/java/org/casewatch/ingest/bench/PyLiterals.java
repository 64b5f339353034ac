package org.casewatch.ingest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Just enough of Python's string-literal syntax to read feedparser's {@code Expect:} lines. */
final class PyLiterals {

  private PyLiterals() {}

  /** Splits at every top-level (outside quotes) occurrence of a separator. */
  static List<String> splitTopLevel(String text, String separator) {
    List<String> parts = new ArrayList<>();
    char quote = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (text.startsWith(separator, i)) {
        parts.add(text.substring(start, i));
        start = i + separator.length();
        i = start - 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  /** The value of a complete Python string literal ({@code 'x'}, {@code u"x"}), or empty. */
  static Optional<String> string(String text) {
    String t = text.startsWith("u") || text.startsWith("b") ? text.substring(1) : text;
    if (t.length() < 2) {
      return Optional.empty();
    }
    char quote = t.charAt(0);
    if ((quote != '\'' && quote != '"') || t.charAt(t.length() - 1) != quote) {
      return Optional.empty();
    }
    String body = t.substring(1, t.length() - 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == quote) {
        return Optional.empty(); // two literals, not one
      }
      if (c != '\\' || i + 1 == body.length()) {
        out.append(c);
        continue;
      }
      char e = body.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case '0' -> out.append('\0');
        case 'x' -> {
          out.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
          i += 2;
        }
        case 'u' -> {
          out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'U' -> {
          out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 9), 16));
          i += 8;
        }
        case '\\', '\'', '"' -> out.append(e);
        default -> out.append('\\').append(e);
      }
    }
    return Optional.of(out.toString());
  }
}
