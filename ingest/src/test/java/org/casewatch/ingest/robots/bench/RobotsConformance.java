package org.casewatch.ingest.robots.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Command-line conformance benchmark: prints how many of Google's robotstxt-spec-test expectations
 * crawler-commons alone and casewatch pass, RFC 9309 rows and Google-specific rows apart, and every
 * failure with its reason.
 *
 * <p>Usage, from the project root: {@code java ... RobotsConformance
 * [path-to-spec-test-cases.jsonl]}; the default path is {@value #DEFAULT_PATH}.
 */
public final class RobotsConformance {

  /** Where the suite lives relative to the project root. */
  public static final String DEFAULT_PATH =
      "../shared/data/robotstxt-conformance/spec-test-cases.jsonl";

  private RobotsConformance() {}

  /** Runs the benchmark and prints the report to standard output. */
  public static void main(String[] args) throws IOException {
    // crawler-commons warns about every odd line of the suite; the report says what matters.
    System.setProperty("org.slf4j.simpleLogger.log.crawlercommons", "error");
    Path path = Path.of(args.length > 0 ? args[0] : DEFAULT_PATH);
    List<ConformanceCase> cases =
        ConformanceCase.parseJsonLines(Files.readString(path, StandardCharsets.UTF_8));
    print(ConformanceScore.of(cases), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Writes the report of {@code score} to {@code out}. */
  static void print(ConformanceScore score, PrintStream out) {
    out.println(report(score));
  }

  /** The report as text. */
  static String report(ConformanceScore score) {
    StringBuilder b = new StringBuilder();
    line(b, "crawler-commons 1.6 alone", score.crawlerCommons(), score);
    line(b, "casewatch RobotsPolicy   ", score.ours(), score);
    failures(b, "crawler-commons failures", score.crawlerCommons());
    failures(b, "casewatch failures", score.ours());
    return b.toString();
  }

  private static void line(
      StringBuilder b, String name, ConformanceScore.Tally t, ConformanceScore s) {
    int google = t.passed() - t.passedStandard();
    b.append(
        String.format(
            java.util.Locale.ROOT,
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
