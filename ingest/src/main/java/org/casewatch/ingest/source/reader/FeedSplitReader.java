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
import org.casewatch.ingest.feed.FeedParseException;
import org.casewatch.ingest.feed.FeedParseResult;
import org.casewatch.ingest.feed.FeedParser;
import org.casewatch.ingest.fetch.FetchException;
import org.casewatch.ingest.fetch.FetchRequest;
import org.casewatch.ingest.fetch.FetchResult;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.source.split.FeedSplit;
import org.casewatch.ingest.source.split.FeedSplitState;
import org.casewatch.model.FeedItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the feeds assigned to one reader, on the fetcher thread.
 *
 * <p>How: each call to {@link #fetch()} polls the split that is due soonest, or waits (until it is
 * due, or {@link #wakeUp()}) and returns nothing. A poll is a conditional GET through the {@link
 * HttpFetcher} and a parse with the {@link FeedParser}; items whose id this reader has seen are
 * skipped, the rest are returned followed by a validators record. A failed fetch or parse is
 * counted in {@code feedErrors}, logged once at WARN with the feed URL and error kind, and retried
 * at the next poll. Bounded mode polls each split once and reports it finished, failed or not;
 * continuous mode polls each split every poll interval.
 */
public final class FeedSplitReader implements SplitReader<FeedRecord, FeedSplit> {

  private static final Logger LOG = LoggerFactory.getLogger(FeedSplitReader.class);
  private static final long IDLE_WAIT_MILLIS = 1_000;

  private final HttpFetcher fetcher;
  private final FeedParser parser;
  private final boolean bounded;
  private final long pollIntervalNanos;
  private final int maxSeenIds;
  private final Counter feedErrors;
  private final Map<String, FeedSplitState> splits = new LinkedHashMap<>();
  private final Map<String, Long> dueAt = new LinkedHashMap<>();
  private final Object lock = new Object();
  private boolean wokenUp;

  /**
   * A split reader.
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
    this.fetcher = fetcher;
    this.parser = parser;
    this.bounded = bounded;
    this.pollIntervalNanos = pollInterval.toNanos();
    this.maxSeenIds = maxSeenIds;
    this.feedErrors = feedErrors;
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
    FeedSplitState state = splits.get(next);
    poll(state, records);
    if (bounded) {
      splits.remove(next);
      dueAt.remove(next);
      records.addFinishedSplit(next);
    } else {
      dueAt.put(next, System.nanoTime() + pollIntervalNanos);
    }
    return records.build();
  }

  private void poll(FeedSplitState state, RecordsBySplits.Builder<FeedRecord> records) {
    String url = state.feedUrl();
    try {
      FetchResult result =
          fetcher.fetch(FetchRequest.feed(url, state.etag(), state.lastModified()));
      if (result.notModified()) {
        return;
      }
      FeedParseResult parsed = parser.parse(url, result.body(), result.contentType());
      for (FeedItem item : parsed.items()) {
        if (state.markSeen(item.itemId())) {
          records.add(url, FeedRecord.item(item));
        }
      }
      state.setValidators(result.etag(), result.lastModified());
      records.add(url, FeedRecord.validators(result.etag(), result.lastModified()));
    } catch (FetchException e) {
      feedErrors.inc();
      LOG.warn(
          "Feed poll failed: {} fetch {} status {}: {}",
          url,
          e.error(),
          e.status(),
          e.getMessage());
    } catch (FeedParseException e) {
      feedErrors.inc();
      LOG.warn("Feed poll failed: {} parse {}", url, e.kind());
    }
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
  public void close() {}
}
