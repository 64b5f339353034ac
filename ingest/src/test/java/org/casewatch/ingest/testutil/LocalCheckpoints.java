package org.casewatch.ingest.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;

/**
 * Retained file-system checkpoints for kill-and-resume tests: the job configuration that keeps them
 * on cancel, the newest one on disk, its id, and waiting for a cancelled job to end.
 */
public final class LocalCheckpoints {

  private LocalCheckpoints() {}

  /**
   * A configuration checkpointing every {@code interval} into {@code directory}, retaining them on
   * cancel, without restarts, and restoring from {@code restore} when it is not null (as {@code
   * casewatch run} does after a crash).
   */
  public static Configuration configuration(Path directory, Duration interval, Path restore) {
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, directory.toUri().toString());
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, interval);
    conf.set(
        CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    conf.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, 100);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    if (restore != null) {
      conf.set(StateRecoveryOptions.SAVEPOINT_PATH, restore.toUri().toString());
    }
    return conf;
  }

  /** The newest completed checkpoint under {@code directory} (one with {@code _metadata}). */
  public static Optional<Path> latest(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(directory, 3)) {
      return files
          .filter(p -> p.getFileName().toString().equals("_metadata"))
          .map(Path::getParent)
          .max(Comparator.comparingLong(LocalCheckpoints::id));
    }
  }

  /** The id of checkpoint directory {@code chk-N}. */
  public static long id(Path checkpoint) {
    return Long.parseLong(checkpoint.getFileName().toString().substring("chk-".length()));
  }

  /**
   * Cancels {@code job} and waits until every task has stopped: {@code cancel()} returns before,
   * and a record may still reach a sink until the job has ended.
   */
  public static void cancelAndAwait(JobClient job) throws Exception {
    job.cancel().get();
    try {
      job.getJobExecutionResult().get(60, TimeUnit.SECONDS);
    } catch (ExecutionException cancelled) {
      // expected: a cancelled job has no result
    }
  }
}
