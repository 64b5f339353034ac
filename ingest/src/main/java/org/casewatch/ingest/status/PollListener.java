package org.casewatch.ingest.status;

/**
 * Told about every poll of the sources of one reader, on the reader's fetcher thread.
 *
 * <p>Implementations must not throw and should return quickly: a slow listener delays the next
 * poll. They are created on the task by a {@link PollListenerFactory} and closed with the reader.
 */
public interface PollListener extends AutoCloseable {

  /** A listener that ignores every report. */
  PollListener IGNORE = report -> {};

  /** Called once after each poll of a source, successful or not. */
  void polled(PollReport report);

  /**
   * Called by the archive source when it starts a file, as it progresses (sparsely) and when it
   * stops; the default ignores it, so poll-only listeners need not care.
   */
  default void archiveProgress(ArchiveProgress progress) {}

  /** Releases what the listener holds; the default does nothing. */
  @Override
  default void close() {}
}
