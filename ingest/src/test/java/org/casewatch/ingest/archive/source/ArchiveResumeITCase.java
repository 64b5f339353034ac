package org.casewatch.ingest.archive.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.archive.ArchiveItem;
import org.casewatch.ingest.archive.ArchiveReader;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.status.ArchiveProgress;
import org.casewatch.ingest.testutil.ArchiveFixtures;
import org.casewatch.ingest.testutil.CheckpointCountingSink;
import org.casewatch.ingest.testutil.LocalCheckpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Kill and resume: a job reading a WARC.gz of 150 pages (one of them corrupt) into a slow sink is
 * cancelled after a checkpoint taken in the middle of the file and restored from that checkpoint on
 * a new local MiniCluster; afterwards every record has ended as a document or a dead letter, and
 * only the records sunk between that checkpoint and the kill came twice. The progress reports say
 * {@code partial} after the cancel and {@code done} at 100 % with every record after the restore.
 */
class ArchiveResumeITCase {

  @TempDir Path dir;

  private static final String TALLY = "archive-resume";

  /** What reached the sink across both runs, by document or dead-letter id. */
  private static final CheckpointCountingSink.Tally SUNK = CheckpointCountingSink.tally(TALLY);

  @Test
  void killedMidFileAndRestoredEveryRecordEndsOnceModuloOneCheckpoint() throws Exception {
    SUNK.clear();
    ArchiveSourceITCase.PROGRESS.clear();
    Path warc = dir.resolve("big.warc.gz");
    List<Long> offsets = ArchiveFixtures.warc(warc, 150, true);
    byte[] bytes = Files.readAllBytes(warc);
    int corrupt = offsets.get(70).intValue();
    for (int i = corrupt + 20; i < corrupt + 60; i++) {
      bytes[i] = 0x55;
    }
    Files.write(warc, bytes);
    ArchiveFile file = ArchiveFile.warc(warc.toString());
    Map<String, Integer> expected = oracle(file);
    long records = recordCount(file);
    assertThat(expected).hasSizeGreaterThan(140);

    Path checkpoints = dir.resolve("checkpoints");
    JobClient first = job(file, checkpoints, null).executeAsync("archive-resume-1");
    Path checkpoint = awaitCheckpointMidFile(checkpoints, expected.size());
    int atCheckpointSeen = SUNK.total();
    LocalCheckpoints.cancelAndAwait(first);
    int atCancel = SUNK.total();
    assertThat(atCancel).isLessThan(expected.size());
    ArchiveProgress partial = awaitState(warc.toString(), ArchiveProgress.State.PARTIAL);
    assertThat(partial.percent()).isGreaterThan(0.0).isLessThan(100.0);
    assertThat(partial.recordsRead()).isGreaterThan(0).isLessThan(records);
    assertThat(partial.sizeBytes()).isEqualTo(Files.size(warc));

    job(file, checkpoints, checkpoint).execute("archive-resume-2");
    ArchiveProgress done = ArchiveSourceITCase.last(ArchiveSourceITCase.PROGRESS, warc.toString());
    assertThat(done.state()).isEqualTo(ArchiveProgress.State.DONE);
    assertThat(done.percent()).isEqualTo(100.0);
    assertThat(done.recordsRead()).isEqualTo(records);
    assertThat(done.bytesRead()).isEqualTo(Files.size(warc));
    // the restored reader started at the checkpoint's resume point, not at record 0
    assertThat(ArchiveSourceITCase.PROGRESS)
        .filteredOn(p -> p.state() == ArchiveProgress.State.RUNNING)
        .last()
        .satisfies(p -> assertThat(p.recordsRead()).isGreaterThan(0));

    assertThat(SUNK.sunk().keySet()).isEqualTo(expected.keySet());
    int duplicates = SUNK.total() - expected.size();
    // records sunk after the restored checkpoint and before the kill come again; nothing else
    int atCheckpoint = SUNK.atCheckpoint(LocalCheckpoints.id(checkpoint));
    assertThat(duplicates).isEqualTo(atCancel - atCheckpoint);
    assertThat(duplicates).isLessThan(atCancel);
    LoggerFactory.getLogger(ArchiveResumeITCase.class)
        .info(
            "Kill and resume: {} documents and dead letters, {} sunk at the restored checkpoint,"
                + " {} when it was seen, {} at the kill, {} duplicates after the restore",
            expected.size(),
            atCheckpoint,
            atCheckpointSeen,
            atCancel,
            duplicates);
  }

  private static final Duration CHECKPOINT_INTERVAL = Duration.ofMillis(300);
  private static final Duration SINK_DELAY = Duration.ofMillis(15);

  private static Map<String, Integer> oracle(ArchiveFile file) throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    try (ArchiveReader reader =
        ArchiveReader.open(file, -1, 0, new ArticleExtractor(), Clock.systemUTC())) {
      for (ArchiveItem item; (item = reader.next()) != null; ) {
        if (!item.isSkipped()) {
          ids.merge(id(item), 1, Integer::sum);
        }
      }
    }
    return ids;
  }

  private static long recordCount(ArchiveFile file) throws IOException {
    long last = 0;
    try (ArchiveReader reader =
        ArchiveReader.open(file, -1, 0, new ArticleExtractor(), Clock.systemUTC())) {
      for (ArchiveItem item; (item = reader.next()) != null; ) {
        last = item.recordNumber();
      }
    }
    return last;
  }

  private static ArchiveProgress awaitState(String path, ArchiveProgress.State state)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      ArchiveProgress last = ArchiveSourceITCase.last(ArchiveSourceITCase.PROGRESS, path);
      if (last != null && last.state() == state) {
        return last;
      }
      Thread.sleep(20);
    }
    throw new AssertionError(
        "no " + state + " report for " + path + ": " + ArchiveSourceITCase.PROGRESS);
  }

  private static String id(ArchiveItem item) {
    return item.article() != null ? item.article().id() : item.deadLetter().id();
  }

  private StreamExecutionEnvironment job(ArchiveFile file, Path checkpoints, Path restore) {
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(
            LocalCheckpoints.configuration(checkpoints, CHECKPOINT_INTERVAL, restore));
    env.setParallelism(1);
    env.fromSource(
            ArchiveSource.of(List.of(file), ArchiveSourceITCase.RecordingListener::new),
            WatermarkStrategy.noWatermarks(),
            "archives")
        .uid("archive-source")
        .sinkTo(CheckpointCountingSink.into(TALLY, ArchiveResumeITCase::id, SINK_DELAY))
        .uid("counting-sink");
    return env;
  }

  /** Waits for a completed checkpoint taken while less than 80% of the file was sunk. */
  private static Path awaitCheckpointMidFile(Path checkpoints, int records) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Path> latest = LocalCheckpoints.latest(checkpoints);
      if (latest.isPresent() && SUNK.total() > records / 5) {
        assertThat(SUNK.total()).as("checkpoint taken mid-file").isLessThan(records * 4 / 5);
        return latest.get();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no checkpoint completed in time");
  }
}
