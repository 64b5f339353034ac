package org.casewatch.ingest.archive.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.archive.ArchiveFormat;
import org.casewatch.ingest.flink.ArchiveItemRouter;
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

  @Test
  void boundedJobReadsEveryFormatAndDeadLettersWhatItCannot() throws Exception {
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
        env.fromSource(ArchiveSource.of(files), WatermarkStrategy.noWatermarks(), "archives")
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
  }
}
