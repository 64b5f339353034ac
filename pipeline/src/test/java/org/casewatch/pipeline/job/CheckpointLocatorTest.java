package org.casewatch.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointLocatorTest {

  private static Path checkpoint(Path dir, String job, String chk, Instant completed, boolean done)
      throws Exception {
    Path c = Files.createDirectories(dir.resolve(job).resolve(chk));
    if (done) {
      Path meta = Files.writeString(c.resolve("_metadata"), "x");
      Files.setLastModifiedTime(meta, FileTime.from(completed));
    }
    return c;
  }

  @Test
  void newestCompleteCheckpointAcrossEarlierJobsWins(@TempDir Path dir) throws Exception {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    checkpoint(dir, "job-a", "chk-7", t, true);
    Path newest = checkpoint(dir, "job-b", "chk-2", t.plusSeconds(60), true);
    checkpoint(dir, "job-b", "chk-3", t.plusSeconds(120), false); // in progress when killed
    Files.createDirectories(dir.resolve("job-b").resolve("shared"));
    assertThat(CheckpointLocator.latest(dir)).contains(newest);
  }

  @Test
  void nothingToResumeFrom(@TempDir Path dir) throws Exception {
    assertThat(CheckpointLocator.latest(dir.resolve("missing"))).isEmpty();
    assertThat(CheckpointLocator.latest(dir)).isEmpty();
    checkpoint(dir, "job", "chk-1", Instant.now(), false);
    assertThat(CheckpointLocator.latest(dir)).isEmpty();
  }
}
