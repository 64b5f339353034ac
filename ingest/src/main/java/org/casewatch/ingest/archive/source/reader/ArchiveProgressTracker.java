package org.casewatch.ingest.archive.source.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import org.casewatch.ingest.archive.source.split.ArchiveSplitState;
import org.casewatch.ingest.status.ArchiveProgress;
import org.casewatch.ingest.status.PollListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs and reports how far the records <em>emitted</em> have come through each archive file: the
 * fetcher thread reads ahead of what downstream has taken, so the reader's own position would claim
 * a file done that a cancel would leave half-handled.
 *
 * <p>When: {@code running} when a split is added (fresh or restored), then at every tenth of the
 * file or after {@link #REPORT_EVERY} without a report; {@code done} when the split finishes, or
 * {@code failed} with the reason when the file could not be opened or its rest was unreadable;
 * {@code partial} for a split still open when the reader closes (a cancelled or failed job; a
 * restore continues it). Each report is one INFO line and one {@link ArchiveProgress} to the
 * listener. Runs on the task thread of one source reader; not thread-safe.
 */
public final class ArchiveProgressTracker implements AutoCloseable {

  /** Longest time between two progress reports of a file being read: <b>60 s</b>. */
  public static final Duration REPORT_EVERY = Duration.ofSeconds(60);

  private static final Logger LOG = LoggerFactory.getLogger(ArchiveProgressTracker.class);

  private final PollListener listener;
  private final Clock clock;

  /**
   * A tracker.
   *
   * @param listener told of every report; closed with the tracker
   * @param clock stamps the reports
   */
  public ArchiveProgressTracker(PollListener listener, Clock clock) {
    this.listener = listener;
    this.clock = clock;
  }

  /** A split was added to the reader. */
  public void started(ArchiveSplitState state) {
    try {
      state.size(Files.size(Path.of(state.file().path())));
    } catch (IOException | RuntimeException e) {
      state.size(0); // reported as failed when the split reader cannot open it
    }
    report(state, ArchiveProgress.State.RUNNING, "");
  }

  /** A record of the split was handled. */
  public void emitted(ArchiveSplitState state) {
    int tenth = tenth(state);
    boolean nextTenth = tenth > state.reportedTenth() && tenth < 10;
    boolean due = System.nanoTime() - state.reportedAtNanos() >= REPORT_EVERY.toNanos();
    if (nextTenth || due) {
      report(state, ArchiveProgress.State.RUNNING, "");
    }
  }

  /** The split ended: read to the end, or failed. */
  public void finished(ArchiveSplitState state) {
    if (state.failure() == null) {
      state.position(state.size(), state.size());
      report(state, ArchiveProgress.State.DONE, "");
    } else {
      report(state, ArchiveProgress.State.FAILED, state.failure());
    }
  }

  /** The reader closes with these splits still open. */
  public void stopped(Collection<ArchiveSplitState> open) {
    for (ArchiveSplitState state : open) {
      report(
          state, ArchiveProgress.State.PARTIAL, "stopped before the end; a restore continues it");
    }
  }

  private static int tenth(ArchiveSplitState state) {
    return state.size() <= 0 ? 0 : (int) (10 * state.bytesRead() / state.size());
  }

  private void report(ArchiveSplitState state, ArchiveProgress.State what, String reason) {
    state.reported(tenth(state), System.nanoTime());
    ArchiveProgress progress =
        new ArchiveProgress(
            state.file().path(),
            state.file().format().label(),
            clock.instant(),
            state.recordNumber(),
            Math.min(state.bytesRead(), Math.max(state.size(), state.bytesRead())),
            state.size(),
            what,
            reason);
    String percent = String.format(Locale.ROOT, "%.1f", progress.percent());
    if (what == ArchiveProgress.State.FAILED) {
      LOG.warn(
          "Archive {} failed at record {} ({}%): {}",
          progress.sourceId(), progress.recordsRead(), percent, reason);
    } else {
      LOG.info(
          "Archive {}: {}, {}% read, {} records",
          progress.sourceId(), what.label(), percent, progress.recordsRead());
    }
    try {
      listener.archiveProgress(progress);
    } catch (RuntimeException e) {
      LOG.debug("Archive progress listener failed", e);
    }
  }

  /** Closes the listener. */
  @Override
  public void close() {
    listener.close();
  }
}
