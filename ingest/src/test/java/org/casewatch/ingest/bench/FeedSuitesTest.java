package org.casewatch.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feed suites (the code of {@code casewatch bench feeds}) as a gate: zero crashes, both
 * security payloads refused, and the title and link shares at least what the parser reaches today
 * (measured values in the comments, minus a small margin). Skipped when the shared data is absent.
 */
class FeedSuitesTest {

  private static List<SuiteFile> results;

  @BeforeAll
  static void runSuites() {
    Path data = SharedData.root();
    Assumptions.assumeTrue(
        Files.isDirectory(data.resolve("feedparser-tests"))
            && Files.isDirectory(data.resolve("rome-test-feeds")),
        "shared data (feedparser-tests, rome-test-feeds) not found; set -Dcasewatch.shared.data");
    results = FeedSuites.run(data);
    FeedSuites.print(
        results, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
  }

  private static SuiteSummary summary(String category) {
    return SuiteSummary.of(
        category, results.stream().filter(r -> r.category().equals(category)).toList());
  }

  @Test
  void noFileCrashesTheParser() {
    assertThat(results).hasSizeGreaterThan(2200);
    assertThat(results).filteredOn(r -> r.crash() != null).isEmpty();
  }

  @Test
  void securityPayloadsAreRefused() {
    assertThat(results)
        .filteredOn(r -> r.category().equals("security") && r.path().endsWith(".xml"))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.refusedKind()).isEqualTo("DOCTYPE_NOT_ALLOWED"));
    // the two feedparser files that declare entities in their DOCTYPE are refused as well
    assertThat(results)
        .filteredOn(
            r ->
                r.path().endsWith("rss/entity_in_doctype.xml")
                    || r.path().endsWith("rdf/doctype_contains_entity_decl.xml"))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.refusedKind()).isEqualTo("DOCTYPE_NOT_ALLOWED"));
  }

  @Test
  void wellFormedRssAtomRdfTitlesAndLinksMatch() {
    SuiteSummary core =
        SuiteSummary.of("core", results.stream().filter(SuiteFile::rssAtomRdf).toList());
    // measured: title 52/52, link 35/37
    assertThat(core.titleChecks()).isGreaterThanOrEqualTo(50);
    assertThat(core.titleShare()).isGreaterThanOrEqualTo(0.98);
    assertThat(core.linkChecks()).isGreaterThanOrEqualTo(35);
    assertThat(core.linkShare()).isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void categoriesReachTheirMeasuredShares() {
    // measured: well-formed title 138/144, link 42/48; entities title 253/253
    assertThat(summary("well-formed").titleShare()).isGreaterThanOrEqualTo(0.94);
    assertThat(summary("well-formed").linkShare()).isGreaterThanOrEqualTo(0.85);
    assertThat(summary("entities").titleShare()).isGreaterThanOrEqualTo(0.99);
    // every encoding-suite file parses (82/82); of the 19 ill-formed, all but three with nothing
    // to recover (an empty document, a truncated CDATA, a document without any feed content)
    assertThat(summary("encoding").parsed()).isEqualTo(summary("encoding").files());
    assertThat(summary("ill-formed").parsed()).isGreaterThanOrEqualTo(16);
  }
}
