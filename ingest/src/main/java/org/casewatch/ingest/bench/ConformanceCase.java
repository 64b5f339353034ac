package org.casewatch.ingest.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One expectation of Google's robotstxt-spec-test suite, as converted to {@code
 * spec-test-cases.jsonl}: does {@code robots} allow {@code userAgent} to fetch {@code url}?
 *
 * @param id {@code file#test.expectation}, stable across runs
 * @param userAgent the agent asking
 * @param url the URL asked for
 * @param expectedAllowed the expected answer
 * @param googleSpecific true for rows typed {@code GOOGLE_SPECIFIC}: extensions beyond RFC 9309
 * @param explanation the suite's own explanation of the expectation
 * @param robots the exact bytes of the robots.txt body
 */
public record ConformanceCase(
    String id,
    String userAgent,
    String url,
    boolean expectedAllowed,
    boolean googleSpecific,
    String explanation,
    byte[] robots) {

  public ConformanceCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(robots, "robots");
  }

  /** Parses the lines of {@code spec-test-cases.jsonl}; blank lines are skipped. */
  public static List<ConformanceCase> parseJsonLines(String text) {
    List<ConformanceCase> cases = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, String> row = FlatJson.parse(line);
      String expected = require(row, "expected");
      if (!expected.equals("ALLOWED") && !expected.equals("DISALLOWED")) {
        throw new IllegalArgumentException("expected must be ALLOWED or DISALLOWED: " + expected);
      }
      cases.add(
          new ConformanceCase(
              require(row, "file") + "#" + require(row, "test") + "." + require(row, "expectation"),
              require(row, "useragent"),
              require(row, "url"),
              expected.equals("ALLOWED"),
              "GOOGLE_SPECIFIC".equals(row.get("test_type")),
              row.getOrDefault("explanation", ""),
              Base64.getDecoder().decode(require(row, "robotstxt_b64"))));
    }
    return cases;
  }

  /** The body as UTF-8 text (lossy), for messages only. */
  public String robotsText() {
    return new String(robots, StandardCharsets.UTF_8);
  }

  private static String require(Map<String, String> row, String key) {
    String value = row.get(key);
    if (value == null) {
      throw new IllegalArgumentException("row lacks " + key + ": " + row.keySet());
    }
    return value;
  }
}
