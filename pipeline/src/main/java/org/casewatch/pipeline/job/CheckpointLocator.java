package org.casewatch.pipeline.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the newest completed checkpoint that an earlier run of the job left in the checkpoint
 * directory, so that a restarted job (after a crash, a {@code kill -9} or a reboot) resumes where
 * it stopped instead of starting over.
 *
 * <p>Flink writes checkpoints to {@code <dir>/<job id>/chk-<n>/}, and a checkpoint is complete once
 * its {@code _metadata} file exists. Checkpoints are retained when the job is cancelled or dies, so
 * the newest complete one, across all earlier job ids, is where to resume from.
 */
public final class CheckpointLocator {

  private static final Pattern CHECKPOINT = Pattern.compile("chk-\\d+");

  private CheckpointLocator() {}

  /** The newest complete checkpoint under {@code directory}, or empty when there is none. */
  public static Optional<Path> latest(Path directory) {
    if (!Files.isDirectory(directory)) {
      return Optional.empty();
    }
    try (Stream<Path> jobs = Files.list(directory)) {
      return jobs.filter(Files::isDirectory)
          .flatMap(CheckpointLocator::checkpointsOf)
          .filter(chk -> Files.isRegularFile(chk.resolve("_metadata")))
          .max(Comparator.comparing(CheckpointLocator::completedAt));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list checkpoints in " + directory, e);
    }
  }

  private static Stream<Path> checkpointsOf(Path job) {
    try (Stream<Path> children = Files.list(job)) {
      return children
          .filter(p -> CHECKPOINT.matcher(p.getFileName().toString()).matches())
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list checkpoints in " + job, e);
    }
  }

  private static FileTime completedAt(Path checkpoint) {
    try {
      return Files.getLastModifiedTime(checkpoint.resolve("_metadata"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + checkpoint, e);
    }
  }
}
