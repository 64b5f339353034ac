package org.casewatch.ingest.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casewatch.ingest.robots.bench.ConformanceCase;
import org.casewatch.ingest.robots.bench.ConformanceScore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the robots parser on Google's robotstxt-spec-test suite (400 expectations), kept outside
 * the repository in {@code ../shared/data/robotstxt-conformance}. Runs when that folder is present;
 * the system property {@code cw.robots.conformance} can point at the file instead.
 */
class RobotsConformanceTest {

  private static final String RELATIVE = "shared/data/robotstxt-conformance/spec-test-cases.jsonl";

  /** crawler-commons' own score on the suite: the floor the issue sets. */
  private static final int CRAWLER_COMMONS_FLOOR = 385;

  private static Path suite() {
    String configured = System.getProperty("cw.robots.conformance");
    return Stream.of(
            configured == null ? null : Path.of(configured),
            Path.of("..", RELATIVE), // from the project root
            Path.of("..", "..", RELATIVE)) // from the module, where surefire runs
        .filter(p -> p != null && Files.isRegularFile(p))
        .findFirst()
        .orElse(null);
  }

  @Test
  void passesAtLeastWhatCrawlerCommonsPassesAndListsEveryFailure() throws IOException {
    Path path = suite();
    Assumptions.assumeTrue(
        path != null,
        "robots.txt conformance suite not found at ../"
            + RELATIVE
            + " (or -Dcw.robots.conformance); this test needs the shared data folder");
    List<ConformanceCase> cases =
        ConformanceCase.parseJsonLines(Files.readString(path, StandardCharsets.UTF_8));
    assertThat(cases).hasSize(400);

    ConformanceScore score = ConformanceScore.of(cases);
    String failures =
        score.ours().failures().stream().map(Object::toString).collect(Collectors.joining("\n"));

    assertThat(score.ours().passed())
        .as(
            "ours vs crawler-commons (%d); failures:%n%s",
            score.crawlerCommons().passed(), failures)
        .isGreaterThanOrEqualTo(score.crawlerCommons().passed())
        .isGreaterThanOrEqualTo(CRAWLER_COMMONS_FLOOR);
    assertThat(score.ours().passedStandard())
        .as("RFC 9309 rows; failures:%n%s", failures)
        .isEqualTo(score.standard());
    assertThat(score.ours().failures()).as("failures:%n%s", failures).isEmpty();
  }
}
