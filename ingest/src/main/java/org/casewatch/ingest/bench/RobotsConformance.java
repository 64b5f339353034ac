package org.casewatch.ingest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The robots.txt conformance benchmark of {@code casewatch bench robots}: how many of Google's
 * robotstxt-spec-test expectations crawler-commons alone and casewatch pass, RFC 9309 rows and
 * Google-specific rows apart, and every failure with its reason.
 *
 * <pre>{@code
 * ConformanceScore score = RobotsConformance.run(SharedData.dataset(RobotsConformance.DATA_SET)
 *     .resolve(RobotsConformance.CASES));
 * out.print(RobotsConformance.report(score));
 * }</pre>
 */
public final class RobotsConformance {

  /** The suite's folder under the shared data folder. */
  public static final String DATA_SET = "robotstxt-conformance";

  /** The suite's file inside {@link #DATA_SET}. */
  public static final String CASES = "spec-test-cases.jsonl";

  private RobotsConformance() {}

  /**
   * Scores both parsers on the cases of {@code jsonl}.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a line is not a conformance case
   */
  public static ConformanceScore run(Path jsonl) throws IOException {
    return ConformanceScore.of(
        ConformanceCase.parseJsonLines(Files.readString(jsonl, StandardCharsets.UTF_8)));
  }

  /** The report as text: both scores, then every failure of each parser. */
  public static String report(ConformanceScore score) {
    StringBuilder b = new StringBuilder();
    line(b, "crawler-commons alone  ", score.crawlerCommons(), score);
    line(b, "casewatch RobotsPolicy ", score.ours(), score);
    failures(b, "crawler-commons failures", score.crawlerCommons());
    failures(b, "casewatch failures", score.ours());
    return b.toString();
  }

  private static void line(
      StringBuilder b, String name, ConformanceScore.Tally t, ConformanceScore s) {
    int google = t.passed() - t.passedStandard();
    b.append(
        String.format(
            Locale.ROOT,
            "%s: %d/%d (RFC 9309 rows %d/%d, GOOGLE_SPECIFIC rows %d/%d)%n",
            name,
            t.passed(),
            s.total(),
            t.passedStandard(),
            s.standard(),
            google,
            s.googleSpecific()));
  }

  private static void failures(StringBuilder b, String title, ConformanceScore.Tally t) {
    b.append(title)
        .append(" (")
        .append(t.failures().size())
        .append("):")
        .append(System.lineSeparator());
    for (ConformanceScore.Failure f : t.failures()) {
      b.append("  ").append(f).append(System.lineSeparator());
    }
  }
}
