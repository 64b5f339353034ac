package org.casewatch.ingest.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parser for one JSON object whose values are strings, numbers, booleans or null (the shape of
 * the conformance rows); values come back as their text. Nested values are refused.
 */
final class FlatJson {

  private final String s;
  private int pos;

  private FlatJson(String s) {
    this.s = s;
  }

  static Map<String, String> parse(String line) {
    FlatJson p = new FlatJson(line);
    Map<String, String> out = new LinkedHashMap<>();
    p.skipSpace();
    p.expect('{');
    p.skipSpace();
    if (p.peek() == '}') {
      return out;
    }
    while (true) {
      p.skipSpace();
      String key = p.string();
      p.skipSpace();
      p.expect(':');
      p.skipSpace();
      out.put(key, p.value());
      p.skipSpace();
      char c = p.next();
      if (c == '}') {
        return out;
      }
      if (c != ',') {
        throw p.error("expected , or }");
      }
    }
  }

  private String value() {
    char c = peek();
    if (c == '"') {
      return string();
    }
    if (c == '{' || c == '[') {
      throw error("nested values are not supported");
    }
    int start = pos;
    while (pos < s.length() && ",} \t".indexOf(s.charAt(pos)) < 0) {
      pos++;
    }
    String literal = s.substring(start, pos);
    return literal.equals("null") ? null : literal;
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"', '\\', '/' -> b.append(e);
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> {
          if (pos + 4 > s.length()) {
            throw error("truncated \\u escape");
          }
          b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> throw error("bad escape \\" + e);
      }
    }
  }

  private void skipSpace() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    if (pos >= s.length()) {
      throw error("unexpected end");
    }
    return s.charAt(pos);
  }

  private char next() {
    char c = peek();
    pos++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw error("expected " + c);
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at " + pos);
  }
}
