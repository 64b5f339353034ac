package org.casewatch.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code casewatch bench robots|extract|feeds} on tiny data sets written here, in the shape of the
 * shared ones: the report's shape and sane numbers, never timings.
 */
class BenchCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void benchAloneListsTheBenchmarks() {
    assertThat(run("bench")).isZero();
    assertThat(out.toString()).contains("nlp", "robots", "extract", "feeds");
  }

  @Test
  void robotsScoresBothParsersAndListsFailures() throws IOException {
    String robots = "User-agent: *\nDisallow: /private\n";
    Path cases = dir.resolve("cases.jsonl");
    Files.writeString(
        cases,
        robotsCase(0, "http://example.com/private", "DISALLOWED", robots)
            + robotsCase(1, "http://example.com/public", "ALLOWED", robots)
            + robotsCase(2, "http://example.com/private/x", "ALLOWED", robots),
        StandardCharsets.UTF_8);

    assertThat(run("bench", "robots", "--cases", cases.toString())).as(err.toString()).isZero();

    assertThat(out.toString())
        .contains("crawler-commons alone  : 2/3 (RFC 9309 rows 2/3, GOOGLE_SPECIFIC rows 0/0)")
        .contains("casewatch RobotsPolicy : 2/3")
        .contains("casewatch failures (1):")
        .contains("t.textproto#2.0 ua=foo url=http://example.com/private/x expected=ALLOWED")
        .contains("answered DISALLOWED; suite says: deliberately wrong");
  }

  private static String robotsCase(int test, String url, String expected, String robots) {
    return String.format(
        Locale.ROOT,
        "{\"file\": \"t.textproto\", \"test\": %d, \"expectation\": 0, \"useragent\": \"foo\","
            + " \"url\": \"%s\", \"expected\": \"%s\", \"test_type\": \"STANDARD\","
            + " \"explanation\": \"%s\", \"robotstxt_b64\": \"%s\"}%n",
        test,
        url,
        expected,
        test == 2 ? "deliberately wrong" : "",
        Base64.getEncoder().encodeToString(robots.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void extractScoresOursNextToBoilerpipe() throws IOException {
    Path set = Files.createDirectories(dir.resolve("article-extraction-benchmark"));
    Files.createDirectories(set.resolve("html"));
    StringBuilder truth = new StringBuilder("{");
    for (String id : new String[] {"a1", "b2"}) {
      String body = paragraphs(id);
      writeGzip(set.resolve("html").resolve(id + ".html.gz"), page(id, body));
      truth
          .append(truth.length() > 1 ? "," : "")
          .append("\"")
          .append(id)
          .append("\": {\"url\": \"https://news.example/")
          .append(id)
          .append("\", \"articleBody\": \"")
          .append(body.replace("\n", "\\n"))
          .append("\"}");
    }
    Files.writeString(set.resolve("ground-truth.json"), truth + "}", StandardCharsets.UTF_8);

    assertThat(run("bench", "extract", "--shared-data", dir.toString()))
        .as(err.toString())
        .isZero();

    String report = out.toString();
    assertThat(report)
        .contains("Article extraction benchmark (shingle metric, 2 pages)")
        .contains("boilerpipe  all  P ")
        .contains("F1 ratio casewatch/boilerpipe")
        .contains("pages/s/core");
    Matcher f1 =
        Pattern.compile("casewatch   all  P [0-9.]+  R [0-9.]+  F1 ([0-9.]+)").matcher(report);
    assertThat(f1.find()).as(report).isTrue();
    assertThat(Double.parseDouble(f1.group(1))).isBetween(0.8, 1.0);
  }

  private static String paragraphs(String id) {
    return "The council of Wrenmouth met on Tuesday to discuss the harbour plan "
        + id
        + ", which has divided residents for two years and drawn letters from both sides.\n"
        + "Officials said the first phase would begin in spring, once the last survey of the old"
        + " sea wall is finished and the contracts have been signed by the mayor.\n"
        + "Residents who oppose the plan said they would keep collecting signatures and would ask"
        + " the regional court to review the decision before any work starts on the quay.";
  }

  private static String page(String id, String body) {
    StringBuilder html =
        new StringBuilder(
            "<!doctype html><html><head><title>Harbour plan "
                + id
                + "</title></head><body><nav><a href=/>Home</a> <a href=/news>News</a>"
                + " <a href=/sport>Sport</a></nav><article><h1>Harbour plan "
                + id
                + "</h1>");
    for (String p : body.split("\n")) {
      html.append("<p>").append(p).append("</p>");
    }
    return html.append("</article><footer>Copyright Wrenmouth Gazette</footer></body></html>")
        .toString();
  }

  @Test
  void feedsRunsEverySuiteFileAndShowsThePayloads() throws IOException {
    Path feedparser = dir.resolve("feedparser-tests");
    Path rss = Files.createDirectories(feedparser.resolve("tests/wellformed/rss"));
    Files.writeString(
        rss.resolve("channel_title.xml"),
        "<rss version=\"2.0\"><channel><title>Example feed</title>"
            + "<link>http://example.com/</link><item><title>One</title>"
            + "<link>http://example.com/1</link></item></channel></rss>",
        StandardCharsets.UTF_8);
    Files.writeString(
        feedparser.resolve("INDEX.tsv"),
        "path\tbytes\tdescription\texpect\thttp_header\n"
            + "tests/wellformed/rss/channel_title.xml\t1\tchannel title\t"
            + "not bozo and feed['title'] == u'Example feed'\t\n",
        StandardCharsets.UTF_8);
    Path payloads = Files.createDirectories(dir.resolve("rome-test-feeds/security-payloads"));
    Files.writeString(
        payloads.resolve("billion-laughs-atom.xml"),
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&lol2;</title></feed>",
        StandardCharsets.UTF_8);

    assertThat(run("bench", "feeds", "--shared-data", dir.toString())).as(err.toString()).isZero();

    assertThat(out.toString())
        .contains("feed suites: files 2, crashes 0, parsed 1, refused {DOCTYPE_NOT_ALLOWED=1}")
        .contains("title 1/1 (100.0%)")
        .contains(
            "payload security-payloads/billion-laughs-atom.xml: refused (DOCTYPE_NOT_ALLOWED)");
  }

  @Test
  void missingDataIsAnErrorThatSaysWhere() {
    Path absent = dir.resolve("absent");
    assertThat(run("bench", "robots", "--shared-data", absent.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("benchmark data not found", absent.toString());
    assertThat(run("bench", "extract", "--shared-data", absent.toString())).isEqualTo(1);
    assertThat(run("bench", "feeds", "--shared-data", absent.toString())).isEqualTo(1);
    assertThat(run("bench", "nlp", "--shared-data", absent.toString())).isEqualTo(1);
  }

  @Test
  void nlpSampleSizeIsValidated() {
    assertThat(run("bench", "nlp", "--docs", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--docs must be at least 1");
  }

  private static void writeGzip(Path file, String text) throws IOException {
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
      o.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
