package org.casewatch.pipeline.status;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.IndexSetup;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.archive.ArchiveFormat;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.status.ArchiveProgress;
import org.casewatch.pipeline.ExternalCluster;
import org.casewatch.pipeline.cli.Main;
import org.casewatch.pipeline.job.CasewatchJob;
import org.casewatch.pipeline.job.JobConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code casewatch sources status} after the real job ran on a MiniCluster against a loopback site
 * with one good feed and one feed answering 500 and a JSONL export read for backfill, with the
 * status in the real Elasticsearch: the archive ends {@code done} at 100 % with its record count; a
 * read stopped early (recorded as the cancelled job's reader would) shows as {@code partial}.
 */
@ExtendWith(ElasticsearchExtension.class)
class SourcesStatusITCase {

  private static final int ARTICLES = 2;

  @TempDir static Path dir;

  private static MutableSite site;
  private static ElasticsearchClient client;
  private static Path export;

  @BeforeAll
  static void setUp() throws Exception {
    client = ElasticsearchExtension.client();
    client
        .indices()
        .delete(d -> d.index(CasewatchIndex.SOURCES.concreteIndex()).ignoreUnavailable(true));
    ExternalCluster.resetIndices(client);
    new IndexSetup(client).ensure(CasewatchIndex.SOURCES);
    site = MutableSite.start();
    StringBuilder feed =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Good</title>"
                + "<link>"
                + site.base()
                + "/</link><description>d</description>");
    for (int n = 1; n <= ARTICLES; n++) {
      feed.append("<item><title>Story ")
          .append(n)
          .append("</title><link>")
          .append(site.url("/news/" + n + ".html"))
          .append("</link><guid>story-")
          .append(n)
          .append("</guid></item>");
      site.put(
          "/news/" + n + ".html",
          200,
          "text/html; charset=utf-8",
          "<html><head><title>Story "
              + n
              + "</title></head><body><article><h1>Story "
              + n
              + "</h1><p>The council of Wrenmouth met on Tuesday to discuss the harbour budget"
              + " and the new ferry timetable for the summer season.</p></article></body></html>");
    }
    site.put("/good.xml", 200, "application/rss+xml", feed.append("</channel></rss>").toString());
    site.put("/broken.xml", 500, "text/plain", "oops");
    export = dir.resolve("posts.jsonl");
    Files.writeString(
        export,
        "{\"uri\":\"https://social.example/p/1\",\"body\":\"The harbour budget was discussed.\"}\n"
            + "{\"uri\":\"https://social.example/p/2\",\"body\":\"The ferry timetable changed.\"}\n"
            + "{not json\n",
        StandardCharsets.UTF_8);
  }

  @AfterAll
  static void tearDown() {
    site.close();
  }

  private static void runJob(String checkpoints) throws Exception {
    JobConfig config =
        JobConfig.builder()
            .feed(site.url("/good.xml"))
            .feed(site.url("/broken.xml"))
            .archive(
                new ArchiveFile(
                    export.toString(), ArchiveFormat.JSONL, Map.of("url", "/uri", "text", "/body")))
            .bounded(true)
            .fetch(FetchConfig.builder().allowAddress(site.allowAddress()).build())
            .elasticsearch(ElasticsearchExtension.connection())
            .checkpointDirectory(dir.resolve(checkpoints))
            .checkpointInterval(Duration.ofSeconds(2))
            .build();
    CasewatchJob.start(config).getJobExecutionResult().get(10, TimeUnit.MINUTES);
    client.indices().refresh(r -> r.index(CasewatchIndex.SOURCES.alias()));
  }

  private static String cli(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(ExternalCluster.cliArguments(dir));
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    int exit = cli.execute(all.toArray(String[]::new));
    assertThat(exit).as(out.toString()).isZero();
    return out.toString();
  }

  @Test
  void statusShowsTheGoodFeedsItemsAndTheBrokenFeedsErrorsAcrossRuns() throws Exception {
    runJob("first");

    String table = cli("sources", "status");
    String goodLine = lineOf(table, site.url("/good.xml"));
    String brokenLine = lineOf(table, site.url("/broken.xml"));
    assertThat(table).contains("SOURCE", "LAST SUCCESS", "ITEMS SEEN", "ERRORS BY KIND", "SILENT?");
    assertThat(goodLine).contains("feed").containsPattern("\\s" + ARTICLES + "\\s").contains(" - ");
    assertThat(goodLine).endsWith("no");
    assertThat(brokenLine).contains("never", "HTTP_STATUS 1").endsWith("no");
    assertThat(table).contains("3 sources, 0 silent");
    String archiveLine = archiveLineOf(table, export.toString());
    assertThat(archiveLine).contains("jsonl", "done", " 3 ", "100.0%");
    assertThat(lineOf(table, export.toString())).contains("archive").endsWith("no");

    // A second run (no checkpoint to resume) continues the stored counts instead of restarting.
    runJob("second");
    JsonNode json =
        ElasticsearchClients.objectMapper().readTree(cli("sources", "status", "--json"));
    assertThat(json.isArray()).isTrue();
    assertThat(json.size()).isEqualTo(3);
    JsonNode archive = find(json, export.toString());
    assertThat(archive.path("kind").asText()).isEqualTo("archive");
    assertThat(archive.path("archive").path("state").asText()).isEqualTo("done");
    assertThat(archive.path("archive").path("records_read").asLong()).isEqualTo(3);
    assertThat(archive.path("archive").path("percent").asDouble()).isEqualTo(100.0);
    assertThat(archive.path("archive").path("size_bytes").asLong()).isEqualTo(Files.size(export));
    // record counts are positions in the file: reading it again does not double them
    assertThat(archive.path("items_seen").asLong()).isEqualTo(3);
    assertThat(archive.path("silent").asBoolean(true)).isFalse();
    JsonNode broken = find(json, site.url("/broken.xml"));
    assertThat(broken.path("kind").asText()).isEqualTo("feed");
    assertThat(broken.path("polls").asLong()).isEqualTo(2);
    assertThat(broken.path("failed_polls").asLong()).isEqualTo(2);
    assertThat(broken.path("errors").path("HTTP_STATUS").asLong()).isEqualTo(2);
    assertThat(broken.path("last_error_status").asInt()).isEqualTo(500);
    assertThat(broken.has("last_success_at")).isFalse();
    assertThat(broken.path("silent").asBoolean(true)).isFalse();
    JsonNode good = find(json, site.url("/good.xml"));
    assertThat(good.path("polls").asLong()).isEqualTo(2);
    assertThat(good.path("failed_polls").asLong()).isZero();
    assertThat(good.path("last_success_at").asText()).isNotEmpty();
    assertThat(good.path("poll_interval_seconds").asLong())
        .isEqualTo(JobConfig.DEFAULT_POLL_INTERVAL.toSeconds());
    // The fresh run has no remembered item ids, so the feed's items are new to it again.
    assertThat(good.path("items_seen").asLong()).isEqualTo(2L * ARTICLES);
    assertThat(good.path("errors").size()).isZero();

    // A third run cancelled a third of the way: its reader's last report is partial, not done.
    try (SourceStatusRecorder recorder =
        new SourceStatusRecorder(
            () -> ElasticsearchClients.create(ElasticsearchExtension.connection()),
            Map.of(),
            Clock.systemUTC())) {
      recorder.archiveProgress(
          new ArchiveProgress(
              export.toString(),
              "jsonl",
              Instant.now(),
              1,
              Files.size(export) / 3,
              Files.size(export),
              ArchiveProgress.State.PARTIAL,
              "stopped before the end; a restore continues it"));
      assertThat(recorder.failedWrites()).isZero();
    }
    client.indices().refresh(r -> r.index(CasewatchIndex.SOURCES.alias()));
    String partialLine = archiveLineOf(cli("sources", "status"), export.toString());
    assertThat(partialLine).contains("partial", "stopped before the end").doesNotContain("done");
    assertThat(partialLine).containsPattern("\\s33\\.\\d%");
  }

  /** The line of an archive in the archives table below the sources table. */
  private static String archiveLineOf(String table, String path) {
    List<String> lines = table.lines().toList();
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("ARCHIVE ")) {
        header = i;
      }
    }
    assertThat(header).as("archives table in\n" + table).isNotNegative();
    return lines.subList(header, lines.size()).stream()
        .filter(l -> l.startsWith(path + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no archive line for " + path + " in\n" + table));
  }

  private static String lineOf(String table, String source) {
    return table
        .lines()
        .filter(l -> l.startsWith(source + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + source + " in\n" + table))
        .stripTrailing();
  }

  private static JsonNode find(JsonNode array, String sourceId) {
    for (JsonNode node : array) {
      if (node.path("source_id").asText().equals(sourceId)) {
        return node;
      }
    }
    throw new AssertionError("no " + sourceId + " in " + array);
  }
}
