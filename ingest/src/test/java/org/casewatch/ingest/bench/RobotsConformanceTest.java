package org.casewatch.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the robots parser on Google's robotstxt-spec-test suite (400 expectations), kept outside
 * the repository in {@code ../shared/data/robotstxt-conformance}, with the code of {@code casewatch
 * bench robots}. Runs when that folder is present; the system property {@code
 * cw.robots.conformance} can point at the file instead.
 */
class RobotsConformanceTest {

  /** crawler-commons' own score on the suite: the floor the issue sets. */
  private static final int CRAWLER_COMMONS_FLOOR = 385;

  private static Path suite() {
    String configured = System.getProperty("cw.robots.conformance");
    Path path =
        configured != null
            ? Path.of(configured)
            : SharedData.dataset(RobotsConformance.DATA_SET).resolve(RobotsConformance.CASES);
    return Files.isRegularFile(path) ? path : null;
  }

  @Test
  void passesAtLeastWhatCrawlerCommonsPassesAndListsEveryFailure() throws IOException {
    Path path = suite();
    Assumptions.assumeTrue(
        path != null,
        "robots.txt conformance suite not found at ../shared/data/robotstxt-conformance"
            + " (or -Dcw.robots.conformance); this test needs the shared data folder");

    ConformanceScore score = RobotsConformance.run(path);
    String report = RobotsConformance.report(score);

    assertThat(score.total()).isEqualTo(400);
    assertThat(score.ours().passed())
        .as(report)
        .isGreaterThanOrEqualTo(score.crawlerCommons().passed())
        .isGreaterThanOrEqualTo(CRAWLER_COMMONS_FLOOR);
    assertThat(score.ours().passedStandard()).as(report).isEqualTo(score.standard());
    assertThat(score.ours().failures()).as(report).isEmpty();
    assertThat(report)
        .contains("casewatch RobotsPolicy : 400/400")
        .contains("crawler-commons failures (" + score.crawlerCommons().failures().size() + ")");
  }
}
