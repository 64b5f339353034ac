package org.casewatch.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three ingest benchmarks on tiny data sets in the shape of the shared ones, so that their
 * logic is tested where the shared data is absent: scores, failures listed, refusals counted.
 */
class BenchmarksOnTinyDataTest {

  @TempDir Path dir;

  @Test
  void robotsScoresBothParsersAndKeepsEachFailureWithItsReason() throws IOException {
    String robots =
        Base64.getEncoder()
            .encodeToString("User-agent: *\nDisallow: /p\n".getBytes(StandardCharsets.UTF_8));
    String line =
        "{\"file\": \"f\", \"test\": %d, \"expectation\": 0, \"useragent\": \"Bot\", \"url\":"
            + " \"http://a.example/%s\", \"expected\": \"%s\", \"test_type\": \"%s\","
            + " \"explanation\": \"why\", \"robotstxt_b64\": \"%s\"}\n";
    Path cases = dir.resolve("cases.jsonl");
    Files.writeString(
        cases,
        String.format(Locale.ROOT, line, 0, "p", "DISALLOWED", "STANDARD", robots)
            + String.format(Locale.ROOT, line, 1, "q", "ALLOWED", "GOOGLE_SPECIFIC", robots)
            + "\n"
            + String.format(Locale.ROOT, line, 2, "p/x", "ALLOWED", "STANDARD", robots),
        StandardCharsets.UTF_8);

    ConformanceScore score = RobotsConformance.run(cases);

    assertThat(score.total()).isEqualTo(3);
    assertThat(score.googleSpecific()).isEqualTo(1);
    assertThat(score.ours().passed()).isEqualTo(2);
    assertThat(score.crawlerCommons().passed()).isEqualTo(2);
    assertThat(score.ours().failures())
        .singleElement()
        .hasToString(
            "f#2.0 ua=Bot url=http://a.example/p/x expected=ALLOWED STANDARD: answered DISALLOWED;"
                + " suite says: why");
    assertThat(RobotsConformance.report(score))
        .contains("casewatch RobotsPolicy : 2/3 (RFC 9309 rows 1/2, GOOGLE_SPECIFIC rows 1/1)");
  }

  @Test
  void robotsRefusesARowWithoutAnAnswer() throws IOException {
    Path cases = dir.resolve("bad.jsonl");
    Files.writeString(cases, "{\"file\": \"f\", \"expected\": \"MAYBE\"}\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RobotsConformance.run(cases))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MAYBE");
  }

  @Test
  void extractionScoresOursAndBoilerpipeOnTheSamePages() throws IOException {
    Path html = Files.createDirectories(dir.resolve("html"));
    String body =
        "The harbour plan was approved on Tuesday after two years of debate in the council.\n"
            + "Work on the old sea wall starts in spring, the mayor said after the vote.";
    String page =
        "<html><head><title>Plan</title></head><body><nav><a href=/>Home</a></nav><article>"
            + "<h1>Plan approved</h1><p>"
            + body.replace("\n", "</p><p>")
            + "</p></article><footer>Copyright</footer></body></html>";
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(html.resolve("x.html.gz")))) {
      o.write(page.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(
        dir.resolve("ground-truth.json"),
        "{\"x\": {\"url\": \"https://n.example/x\", \"articleBody\": \""
            + body.replace("\n", "\\n")
            + "\"}}");

    ExtractionBenchmark.Result r = ExtractionBenchmark.run(dir, null);
    StringWriter report = new StringWriter();
    ExtractionBenchmark.print(r, new PrintWriter(report));

    assertThat(r.ours().all().documents()).isEqualTo(1);
    assertThat(r.ours().all().f1()).isGreaterThan(0.8);
    assertThat(r.boilerpipe().all().f1()).isBetween(0.0, 1.0);
    assertThat(r.pagesPerSecondPerCore()).isPositive();
    assertThat(report.toString()).contains("casewatch   all  P", "boilerpipe  all  P", "speed:");
  }

  @Test
  void feedSuitesCountParsesRefusalsAndExpectations() throws IOException {
    Path rss = Files.createDirectories(dir.resolve("feedparser-tests/tests/wellformed/rss"));
    Files.writeString(
        rss.resolve("a.xml"),
        "<rss version=\"2.0\"><channel><title>T &amp; U</title><link>http://e.example/</link>"
            + "<item><title>One</title><link>http://e.example/1</link></item></channel></rss>");
    Files.writeString(rss.resolve("b.xml"), "not a feed at all");
    Files.writeString(
        dir.resolve("feedparser-tests/INDEX.tsv"),
        "path\tbytes\tdescription\texpect\thttp_header\n"
            + "tests/wellformed/rss/a.xml\t1\td\t\"feed['title'] == u'T & U' and"
            + " entries[0]['link'] == u'http://e.example/1'\"\tContent-Type: application/rss+xml\n"
            + "tests/wellformed/rss/b.xml\t1\td\tlen(entries) == 0\t\n");
    Path payloads = Files.createDirectories(dir.resolve("rome-test-feeds/security-payloads"));
    Files.writeString(
        payloads.resolve("xxe.xml"),
        "<?xml version=\"1.0\"?><!DOCTYPE f [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&x;</title></feed>");

    List<SuiteFile> results = FeedSuites.run(dir);
    StringWriter report = new StringWriter();
    FeedSuites.print(results, new PrintWriter(report));

    assertThat(results).hasSize(3).noneMatch(r -> r.crash() != null);
    SuiteSummary core =
        SuiteSummary.of("core", results.stream().filter(SuiteFile::rssAtomRdf).toList());
    assertThat(core.titleChecks()).isEqualTo(1);
    assertThat(core.titleShare()).isEqualTo(1.0);
    assertThat(core.linkShare()).isEqualTo(1.0);
    assertThat(core.skipped()).isEqualTo(1);
    assertThat(report.toString())
        .contains("feed suites: files 3, crashes 0")
        .contains("payload security-payloads/xxe.xml: refused (DOCTYPE_NOT_ALLOWED)");
  }
}
