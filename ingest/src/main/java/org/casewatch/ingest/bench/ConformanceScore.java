package org.casewatch.ingest.bench;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casewatch.ingest.robots.RobotsPolicy;
import org.casewatch.ingest.robots.RobotsRules;

/**
 * Scores two parsers on the conformance cases: crawler-commons' {@code SimpleRobotRulesParser}
 * alone (called as the suite's baseline calls it) and casewatch's {@link RobotsPolicy}.
 *
 * @param total number of cases
 * @param googleSpecific number of cases typed {@code GOOGLE_SPECIFIC}
 * @param crawlerCommons crawler-commons' score
 * @param ours casewatch's score
 */
public record ConformanceScore(int total, int googleSpecific, Tally crawlerCommons, Tally ours) {

  /**
   * One parser's result.
   *
   * @param passed cases passed, all types
   * @param passedStandard cases passed among the RFC 9309 ({@code STANDARD}) rows
   * @param failures the failed cases, each with the answer given
   */
  public record Tally(int passed, int passedStandard, List<Failure> failures) {}

  /**
   * A failed expectation.
   *
   * @param testCase the case
   * @param detail what the parser did, and the suite's explanation
   */
  public record Failure(ConformanceCase testCase, String detail) {
    @Override
    public String toString() {
      ConformanceCase c = testCase;
      return c.id()
          + " ua="
          + c.userAgent()
          + " url="
          + c.url()
          + " expected="
          + (c.expectedAllowed() ? "ALLOWED" : "DISALLOWED")
          + (c.googleSpecific() ? " GOOGLE_SPECIFIC" : " STANDARD")
          + ": "
          + detail;
    }
  }

  /** Runs both parsers over {@code cases}. */
  public static ConformanceScore of(List<ConformanceCase> cases) {
    int google = (int) cases.stream().filter(ConformanceCase::googleSpecific).count();
    return new ConformanceScore(cases.size(), google, tally(cases, true), tally(cases, false));
  }

  /** Number of RFC 9309 ({@code STANDARD}) rows. */
  public int standard() {
    return total - googleSpecific;
  }

  private static Tally tally(List<ConformanceCase> cases, boolean crawlerCommons) {
    int passed = 0;
    int passedStandard = 0;
    List<Failure> failures = new ArrayList<>();
    for (ConformanceCase c : cases) {
      boolean allowed = crawlerCommons ? crawlerCommonsAllows(c) : oursAllows(c);
      if (allowed == c.expectedAllowed()) {
        passed++;
        if (!c.googleSpecific()) {
          passedStandard++;
        }
      } else {
        String detail =
            "answered "
                + (allowed ? "ALLOWED" : "DISALLOWED")
                + (c.explanation().isBlank() ? "" : "; suite says: " + oneLine(c.explanation()));
        failures.add(new Failure(c, detail));
      }
    }
    return new Tally(passed, passedStandard, List.copyOf(failures));
  }

  /** crawler-commons as the suite's baseline ran it: defaults, lower-cased agent. */
  static boolean crawlerCommonsAllows(ConformanceCase c) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    SimpleRobotRules rules =
        parser.parseContent(
            robotsUrl(c.url()),
            c.robots(),
            "text/plain",
            List.of(c.userAgent().toLowerCase(Locale.ROOT)));
    return rules.isAllowed(c.url());
  }

  /** casewatch: the policy for a 200 answer, with the case's agent as product token. */
  static boolean oursAllows(ConformanceCase c) {
    RobotsRules rules =
        RobotsPolicy.builder().productToken(c.userAgent()).build().fromResponse(200, c.robots());
    return rules.isAllowed(c.url());
  }

  private static String robotsUrl(String url) {
    int scheme = url.indexOf("://");
    int path = url.indexOf('/', scheme + 3);
    return (path < 0 ? url : url.substring(0, path)) + "/robots.txt";
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ").strip();
    return line.length() > 160 ? line.substring(0, 157) + "..." : line;
  }
}
