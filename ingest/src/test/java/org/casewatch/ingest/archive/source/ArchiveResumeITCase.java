package org.casewatch.ingest.archive.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.api.connector.sink2.SupportsWriterState;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.archive.ArchiveItem;
import org.casewatch.ingest.archive.ArchiveReader;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.status.ArchiveProgress;
import org.casewatch.ingest.testutil.ArchiveFixtures;
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

  /** Counts what reached the sink across both runs, by document or dead-letter id. */
  static final Map<String, Integer> SUNK = new ConcurrentHashMap<>();

  @Test
  void killedMidFileAndRestoredEveryRecordEndsOnceModuloOneCheckpoint() throws Exception {
    SUNK.clear();
    SUNK_AT_CHECKPOINT.clear();
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
    int atCheckpointSeen = total();
    first.cancel().get();
    // cancel() returns before the tasks stop: a record may still reach the sink until the job ends
    try {
      first.getJobExecutionResult().get(60, TimeUnit.SECONDS);
    } catch (ExecutionException cancelled) {
      // expected: a cancelled job has no result
    }
    int atCancel = total();
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

    assertThat(SUNK.keySet()).isEqualTo(expected.keySet());
    int duplicates = total() - expected.size();
    // records sunk after the restored checkpoint and before the kill come again; nothing else
    int atCheckpoint = SUNK_AT_CHECKPOINT.get(checkpointId(checkpoint));
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

  private static int total() {
    return SUNK.values().stream().mapToInt(Integer::intValue).sum();
  }

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
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints.toUri().toString());
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, CHECKPOINT_INTERVAL);
    conf.set(
        CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    conf.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, 100);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    if (restore != null) {
      conf.set(StateRecoveryOptions.SAVEPOINT_PATH, restore.toUri().toString());
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(1);
    env.fromSource(
            ArchiveSource.of(List.of(file), ArchiveSourceITCase.RecordingListener::new),
            WatermarkStrategy.noWatermarks(),
            "archives")
        .uid("archive-source")
        .sinkTo(new CountingSink())
        .uid("counting-sink");
    return env;
  }

  /** Waits for a completed checkpoint taken while less than 80% of the file was sunk. */
  private static Path awaitCheckpointMidFile(Path checkpoints, int records) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Path> latest = latest(checkpoints);
      if (latest.isPresent() && total() > records / 5) {
        assertThat(total()).as("checkpoint taken mid-file").isLessThan(records * 4 / 5);
        return latest.get();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no checkpoint completed in time");
  }

  private static long checkpointId(Path checkpoint) {
    return Long.parseLong(checkpoint.getFileName().toString().substring("chk-".length()));
  }

  private static Optional<Path> latest(Path checkpoints) throws IOException {
    if (!Files.isDirectory(checkpoints)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(checkpoints, 3)) {
      return files
          .filter(p -> p.getFileName().toString().equals("_metadata"))
          .map(Path::getParent)
          .max(
              Comparator.comparingLong(
                  p -> Long.parseLong(p.getFileName().toString().substring(4))));
    }
  }

  /** The total sunk when each checkpoint's barrier passed the sink, by checkpoint id. */
  static final Map<Long, Integer> SUNK_AT_CHECKPOINT = new ConcurrentHashMap<>();

  /** A slow sink counting every item by id, in this JVM, and the count at each checkpoint. */
  static final class CountingSink
      implements Sink<ArchiveItem>, SupportsWriterState<ArchiveItem, Integer> {
    private static final long serialVersionUID = 1L;

    @Override
    public StatefulSinkWriter<ArchiveItem, Integer> createWriter(WriterInitContext context) {
      return new StatefulSinkWriter<>() {
        @Override
        public void write(ArchiveItem item, Context ctx) throws InterruptedException {
          Thread.sleep(SINK_DELAY.toMillis());
          SUNK.merge(id(item), 1, Integer::sum);
        }

        @Override
        public List<Integer> snapshotState(long checkpointId) {
          SUNK_AT_CHECKPOINT.put(checkpointId, total());
          return List.of();
        }

        @Override
        public void flush(boolean endOfInput) {}

        @Override
        public void close() {}
      };
    }

    @Override
    public StatefulSinkWriter<ArchiveItem, Integer> restoreWriter(
        WriterInitContext context, Collection<Integer> recoveredState) {
      return createWriter(context);
    }

    @Override
    public SimpleVersionedSerializer<Integer> getWriterStateSerializer() {
      return new SimpleVersionedSerializer<>() {
        @Override
        public int getVersion() {
          return 1;
        }

        @Override
        public byte[] serialize(Integer value) {
          return new byte[0];
        }

        @Override
        public Integer deserialize(int version, byte[] serialized) {
          return 0;
        }
      };
    }
  }
}
