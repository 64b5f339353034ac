package org.casewatch.ingest.archive.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.archive.ArchiveFormat;
import org.casewatch.ingest.flink.ArchiveItemRouter;
import org.casewatch.ingest.status.ArchiveProgress;
import org.casewatch.ingest.status.PollListener;
import org.casewatch.ingest.status.PollReport;
import org.casewatch.ingest.testutil.ArchiveFixtures;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive source inside a Flink job on a MiniCluster: a bounded job over a WARC.gz, a JSONL and
 * a CSV export and a missing file. (Kill and resume: {@link ArchiveResumeITCase}.)
 */
class ArchiveSourceITCase {

  @RegisterExtension
  static final MiniClusterExtension MINI_CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @TempDir Path dir;

  /** The progress reports of every reader, in this JVM. */
  static final Queue<ArchiveProgress> PROGRESS = new ConcurrentLinkedQueue<>();

  /** A listener keeping the archive progress reports in {@link #PROGRESS}. */
  static final class RecordingListener implements PollListener {
    @Override
    public void polled(PollReport report) {}

    @Override
    public void archiveProgress(ArchiveProgress progress) {
      PROGRESS.add(progress);
    }
  }

  /** The last report of a file, or null. */
  static ArchiveProgress last(Queue<ArchiveProgress> reports, String path) {
    ArchiveProgress last = null;
    for (ArchiveProgress p : reports) {
      if (p.sourceId().equals(path)) {
        last = p;
      }
    }
    return last;
  }

  @Test
  void boundedJobReadsEveryFormatAndDeadLettersWhatItCannot() throws Exception {
    PROGRESS.clear();
    Path warc = dir.resolve("news.warc.gz");
    ArchiveFixtures.warc(warc, 4, true);
    Path jsonl = dir.resolve("posts.jsonl");
    Files.writeString(
        jsonl,
        "{\"uri\":\"https://social.example/p/1\",\"body\":\"A post\"}\n{oops\n",
        StandardCharsets.UTF_8);
    Path csv = dir.resolve("posts.csv");
    Files.writeString(csv, "id,text\nr1,Row one\nr2,\n", StandardCharsets.UTF_8); // r2 has no text
    List<ArchiveFile> files =
        List.of(
            ArchiveFile.warc(warc.toString()),
            new ArchiveFile(
                jsonl.toString(), ArchiveFormat.JSONL, Map.of("url", "/uri", "text", "/body")),
            new ArchiveFile(csv.toString(), ArchiveFormat.CSV, Map.of("id", "id", "text", "text")),
            ArchiveFile.warc(dir.resolve("missing.warc").toString()));

    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    SingleOutputStreamOperator<Article> articles =
        env.fromSource(
                ArchiveSource.of(files, RecordingListener::new),
                WatermarkStrategy.noWatermarks(),
                "archives")
            .uid("archive-source")
            .process(new ArchiveItemRouter())
            .uid("archive-router");
    CloseableIterator<DeadLetter> deadIt =
        articles.getSideOutput(ArchiveItemRouter.DEAD_LETTERS).collectAsync();
    CloseableIterator<Article> articleIt = articles.collectAsync();
    env.execute("archive-source-itcase");
    List<Article> collected = new ArrayList<>();
    articleIt.forEachRemaining(collected::add);
    List<DeadLetter> dead = new ArrayList<>();
    deadIt.forEachRemaining(dead::add);
    articleIt.close();
    deadIt.close();

    assertThat(collected)
        .extracting(Article::url)
        .containsExactlyInAnyOrder(
            ArchiveFixtures.pageUrl(1),
            ArchiveFixtures.pageUrl(2),
            ArchiveFixtures.pageUrl(3),
            ArchiveFixtures.pageUrl(4),
            "https://social.example/p/1",
            "urn:casewatch:archive:r1");
    assertThat(dead)
        .extracting(DeadLetter::errorType)
        .containsExactlyInAnyOrder("MALFORMED_RECORD", "MISSING_FIELD", "UNREADABLE_REST");
    assertThat(dead)
        .filteredOn(d -> d.errorType().equals("MALFORMED_RECORD"))
        .singleElement()
        .satisfies(d -> assertThat(d.sourceUrl()).endsWith("posts.jsonl#offset=53"));

    // Progress: each file ends done at 100 % with its record count, or failed with the reason.
    ArchiveProgress warcDone = last(PROGRESS, warc.toString());
    assertThat(warcDone.state()).isEqualTo(ArchiveProgress.State.DONE);
    assertThat(warcDone.percent()).isEqualTo(100.0);
    assertThat(warcDone.bytesRead()).isEqualTo(Files.size(warc)).isEqualTo(warcDone.sizeBytes());
    assertThat(warcDone.recordsRead()).isGreaterThanOrEqualTo(4);
    assertThat(warcDone.format()).isEqualTo("warc");
    assertThat(last(PROGRESS, jsonl.toString()))
        .satisfies(
            p -> {
              assertThat(p.state()).isEqualTo(ArchiveProgress.State.DONE);
              assertThat(p.recordsRead()).isEqualTo(2);
              assertThat(p.format()).isEqualTo("jsonl");
            });
    assertThat(last(PROGRESS, csv.toString()).recordsRead()).isEqualTo(2);
    assertThat(PROGRESS)
        .filteredOn(p -> p.sourceId().equals(warc.toString()))
        .first()
        .satisfies(p -> assertThat(p.state()).isEqualTo(ArchiveProgress.State.RUNNING));
    ArchiveProgress missing = last(PROGRESS, dir.resolve("missing.warc").toString());
    assertThat(missing.state()).isEqualTo(ArchiveProgress.State.FAILED);
    assertThat(missing.reason()).startsWith("cannot open");
    assertThat(PROGRESS).noneMatch(p -> p.state() == ArchiveProgress.State.PARTIAL);
  }
}
