package org.casewatch.ingest.source.reader;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;
import org.apache.flink.metrics.Counter;
import org.casewatch.ingest.feed.FeedParser;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.source.split.FeedSplit;
import org.casewatch.ingest.source.split.FeedSplitState;

/**
 * Polls the URLs (feeds or sitemaps) assigned to one reader, on the fetcher thread.
 *
 * <p>How: each call to {@link #fetch()} polls the split that is due soonest with the {@link
 * UrlPoller} (a {@link FeedPoller} for feeds, a {@link SitemapPoller} for sitemaps), or waits
 * (until it is due, or {@link #wakeUp()}) and returns nothing. The poller returns the records of
 * items not yet seen and turns failures into counted outcomes; they are retried at the next poll.
 * Bounded mode polls each split once and reports it finished, failed or not; continuous mode polls
 * each split every poll interval.
 */
public final class FeedSplitReader implements SplitReader<FeedRecord, FeedSplit> {

  private static final long IDLE_WAIT_MILLIS = 1_000;

  private final UrlPoller poller;
  private final boolean bounded;
  private final long pollIntervalNanos;
  private final int maxSeenIds;
  private final Map<String, FeedSplitState> splits = new LinkedHashMap<>();
  private final Map<String, Long> dueAt = new LinkedHashMap<>();
  private final Object lock = new Object();
  private boolean wokenUp;

  /**
   * A split reader of feeds.
   *
   * @param fetcher the gateway for the feed requests
   * @param parser the feed parser
   * @param bounded whether each split is polled once and then finished
   * @param pollInterval the time between polls of one feed in continuous mode
   * @param maxSeenIds the bound on remembered ids per feed
   * @param feedErrors the counter of failed polls
   */
  public FeedSplitReader(
      HttpFetcher fetcher,
      FeedParser parser,
      boolean bounded,
      Duration pollInterval,
      int maxSeenIds,
      Counter feedErrors) {
    this(new FeedPoller(fetcher, parser, feedErrors), bounded, pollInterval, maxSeenIds);
  }

  /**
   * A split reader polling with any {@link UrlPoller}.
   *
   * @param poller polls one split
   * @param bounded whether each split is polled once and then finished
   * @param pollInterval the time between polls of one split in continuous mode
   * @param maxSeenIds the bound on remembered ids per split
   */
  public FeedSplitReader(UrlPoller poller, boolean bounded, Duration pollInterval, int maxSeenIds) {
    this.poller = poller;
    this.bounded = bounded;
    this.pollIntervalNanos = pollInterval.toNanos();
    this.maxSeenIds = maxSeenIds;
  }

  @Override
  public RecordsWithSplitIds<FeedRecord> fetch() {
    RecordsBySplits.Builder<FeedRecord> records = new RecordsBySplits.Builder<>();
    String next = null;
    long nextDue = Long.MAX_VALUE;
    for (Map.Entry<String, Long> entry : dueAt.entrySet()) {
      if (next == null || entry.getValue() - nextDue < 0) {
        next = entry.getKey();
        nextDue = entry.getValue();
      }
    }
    long waitNanos = next == null ? IDLE_WAIT_MILLIS * 1_000_000 : nextDue - System.nanoTime();
    if (waitNanos > 0) {
      await(waitNanos);
      return records.build();
    }
    for (FeedRecord record : poller.poll(splits.get(next))) {
      records.add(next, record);
    }
    if (bounded) {
      splits.remove(next);
      dueAt.remove(next);
      records.addFinishedSplit(next);
    } else {
      dueAt.put(next, System.nanoTime() + pollIntervalNanos);
    }
    return records.build();
  }

  private void await(long nanos) {
    synchronized (lock) {
      if (wokenUp) {
        wokenUp = false;
        return;
      }
      long millis = Math.max(1, nanos / 1_000_000);
      try {
        lock.wait(Math.min(millis, IDLE_WAIT_MILLIS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      wokenUp = false;
    }
  }

  @Override
  public void handleSplitsChanges(SplitsChange<FeedSplit> change) {
    if (!(change instanceof SplitsAddition)) {
      throw new UnsupportedOperationException("unsupported split change " + change);
    }
    long now = System.nanoTime();
    for (FeedSplit split : change.splits()) {
      splits.put(split.splitId(), new FeedSplitState(split, maxSeenIds));
      dueAt.put(split.splitId(), now);
    }
  }

  @Override
  public void wakeUp() {
    synchronized (lock) {
      wokenUp = true;
      lock.notifyAll();
    }
  }

  @Override
  public void close() {
    poller.close();
  }
}
