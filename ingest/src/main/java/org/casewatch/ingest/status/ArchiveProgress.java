package org.casewatch.ingest.status;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * How far the reading of one archive file has come: sent by the archive source when it starts a
 * file, at every tenth of it or once a minute, and when it stops, so that {@code casewatch sources
 * status} shows the progress of a long backfill and whether it finished.
 *
 * <p>Counts are absolute positions in the file, not per run: a reader resumed from a checkpoint
 * continues from the record number and byte offset the checkpoint holds.
 *
 * @param sourceId the archive's path, as configured
 * @param format the archive format: {@code warc}, {@code jsonl} or {@code csv}
 * @param at when this was measured
 * @param recordsRead the number of the last record read (every record counts, skipped ones too)
 * @param bytesRead how far into the file's bytes reading has come
 * @param sizeBytes the file's size in bytes, or 0 when not known
 * @param state where reading stands
 * @param reason why reading failed or stopped early, or an empty string
 */
public record ArchiveProgress(
    String sourceId,
    String format,
    Instant at,
    long recordsRead,
    long bytesRead,
    long sizeBytes,
    State state,
    String reason)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The {@link PollReport#kind()} of archive sources: {@code archive}. */
  public static final String KIND = "archive";

  /** Where the reading of a file stands. */
  public enum State {
    /** Being read. */
    RUNNING,
    /** Stopped before the end (the job was cancelled or failed); a restore continues it. */
    PARTIAL,
    /** Read to the end. */
    DONE,
    /** Cannot be read (not opened, or the rest of it unreadable); {@code reason} says why. */
    FAILED;

    /** The lower-case name used in documents and tables. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ArchiveProgress {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(state, "state");
    if (recordsRead < 0 || bytesRead < 0 || sizeBytes < 0) {
      throw new IllegalArgumentException("archive progress counts must not be negative");
    }
    reason = reason == null ? "" : reason;
  }

  /** Progress through the file's bytes in percent, 0 to 100; 100 when done, 0 when size unknown. */
  public double percent() {
    if (state == State.DONE) {
      return 100.0;
    }
    return sizeBytes <= 0 ? 0.0 : Math.min(100.0, 100.0 * bytesRead / sizeBytes);
  }
}
