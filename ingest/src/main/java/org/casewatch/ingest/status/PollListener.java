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

  /** Releases what the listener holds; the default does nothing. */
  @Override
  default void close() {}
}
