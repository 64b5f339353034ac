package org.casewatch.ingest.source.reader;

import java.util.List;
import org.casewatch.ingest.source.split.FeedSplitState;

/**
 * One poll of a polled-URL split (a feed, a sitemap): what the {@link FeedSplitReader} runs when a
 * split is due.
 *
 * <p>An implementation fetches the split's URL, returns the records of items whose id it could mark
 * as seen in {@code state} (so an item is returned once), and turns every failure into a counted,
 * logged outcome: a poll never throws for a failing source, since a failing source must not stop
 * the others. Implementations run on the reader's fetcher thread only.
 */
@FunctionalInterface
public interface UrlPoller extends AutoCloseable {

  /**
   * Polls the split's URL once.
   *
   * @param state the reader's copy of the split state; mark new item ids seen in it
   * @return the records to emit, in order; empty when nothing is new or the poll failed
   */
  List<FeedRecord> poll(FeedSplitState state);

  /** Releases what the poller holds, when its reader closes; the default does nothing. */
  @Override
  default void close() {}
}
