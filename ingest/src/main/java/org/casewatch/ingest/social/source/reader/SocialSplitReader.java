package org.casewatch.ingest.social.source.reader;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;
import org.casewatch.ingest.social.PollResult;
import org.casewatch.ingest.social.SocialGap;
import org.casewatch.ingest.social.SocialPollException;
import org.casewatch.ingest.social.SocialPoller;
import org.casewatch.ingest.social.SocialQuery;
import org.casewatch.ingest.social.source.split.SocialSplit;
import org.casewatch.ingest.social.source.split.SocialSplitState;
import org.casewatch.ingest.status.PollListener;
import org.casewatch.ingest.status.PollReport;
import org.casewatch.model.SocialPost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the social queries assigned to one reader, on the fetcher thread.
 *
 * <p>How: each call to {@link #fetch()} sends one request for the split that is due soonest, or
 * waits (until it is due, or {@link #wakeUp()}) and returns nothing. Posts whose id this reader has
 * seen are dropped, the rest are returned followed by a cursor record. A split is due again at once
 * while its sweep has more pages, at the rate-limit reset when the platform asks to wait (the
 * cursor is kept, so nothing is skipped), and otherwise after its poll interval. Failed polls are
 * counted and logged once at WARN, and the request is repeated at the next poll; gaps are counted
 * and logged at WARN with their time range. Bounded mode drains each split once (until its sweep
 * ends) and then finishes it; a failed poll finishes it too, and so does the {@value
 * #BOUNDED_MAX_RATE_LIMITS}th rate-limit refusal in a row.
 */
public final class SocialSplitReader implements SplitReader<SocialRecord, SocialSplit> {

  /** In bounded mode, how many rate-limit refusals in a row finish a split: <b>5</b>. */
  public static final int BOUNDED_MAX_RATE_LIMITS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(SocialSplitReader.class);
  private static final long IDLE_WAIT_MILLIS = 1_000;

  private final Function<SocialQuery, SocialPoller> pollers;
  private final boolean bounded;
  private final Duration defaultPollInterval;
  private final int maxSeenIds;
  private final SocialMetrics metrics;
  private final Clock clock;
  private final PollListener listener;
  private final Map<String, SocialSplitState> splits = new LinkedHashMap<>();
  private final Map<String, SocialPoller> pollerBySplit = new HashMap<>();
  private final Map<String, Long> dueAt = new LinkedHashMap<>();
  private final Map<String, Integer> refusals = new HashMap<>();
  private final Object lock = new Object();
  private boolean wokenUp;

  /**
   * A split reader.
   *
   * @param pollers creates the poller of a query
   * @param bounded whether each split is drained once and then finished
   * @param defaultPollInterval the poll interval of queries without their own
   * @param maxSeenIds the bound on remembered ids per query
   * @param metrics the counters
   * @param clock the clock of rate-limit resets
   */
  public SocialSplitReader(
      Function<SocialQuery, SocialPoller> pollers,
      boolean bounded,
      Duration defaultPollInterval,
      int maxSeenIds,
      SocialMetrics metrics,
      Clock clock) {
    this(pollers, bounded, defaultPollInterval, maxSeenIds, metrics, clock, PollListener.IGNORE);
  }

  /**
   * A split reader that tells {@code listener} the outcome of every poll (see {@link PollReport}):
   * new posts, rate-limit refusals ({@code RATE_LIMITED}) and failures by label.
   */
  public SocialSplitReader(
      Function<SocialQuery, SocialPoller> pollers,
      boolean bounded,
      Duration defaultPollInterval,
      int maxSeenIds,
      SocialMetrics metrics,
      Clock clock,
      PollListener listener) {
    this.listener = listener;
    this.pollers = pollers;
    this.bounded = bounded;
    this.defaultPollInterval = defaultPollInterval;
    this.maxSeenIds = maxSeenIds;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public RecordsWithSplitIds<SocialRecord> fetch() {
    RecordsBySplits.Builder<SocialRecord> records = new RecordsBySplits.Builder<>();
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
    Long due = poll(next, records);
    if (due == null) {
      splits.remove(next);
      pollerBySplit.remove(next);
      dueAt.remove(next);
      refusals.remove(next);
      records.addFinishedSplit(next);
    } else {
      dueAt.put(next, due);
    }
    return records.build();
  }

  /** Polls a split once; returns when it is due again (nano time), or null when finished. */
  private Long poll(String splitId, RecordsBySplits.Builder<SocialRecord> records) {
    SocialSplitState state = splits.get(splitId);
    SocialQuery query = state.query();
    long interval =
        (query.pollInterval() == null ? defaultPollInterval : query.pollInterval()).toNanos();
    PollResult result;
    try {
      result = pollerBySplit.get(splitId).poll(state.cursor());
    } catch (SocialPollException e) {
      metrics.errors().inc();
      LOG.warn("Social poll failed: {} {} status {}", splitId, e.label(), e.status());
      listener.polled(
          PollReport.failure(
              splitId,
              query.platform().id(),
              clock.instant(),
              e.label(),
              e.status(),
              e.getMessage()));
      return bounded ? null : System.nanoTime() + interval;
    }
    long now = System.nanoTime();
    int fresh = 0;
    for (SocialPost post : result.posts()) {
      if (state.markSeen(post.postId())) {
        records.add(splitId, SocialRecord.post(post));
        fresh++;
      }
    }
    listener.polled(
        result.rateLimited()
            ? PollReport.failure(
                splitId, query.platform().id(), clock.instant(), "RATE_LIMITED", 429, "")
            : PollReport.success(splitId, query.platform().id(), clock.instant(), fresh));
    state.setCursor(result.cursor());
    records.add(splitId, SocialRecord.cursor(result.cursor()));
    if (result.skipped() > 0) {
      metrics.malformedItems().inc(result.skipped());
    }
    SocialGap gap = result.gap();
    if (gap != null) {
      metrics.gaps().inc();
      LOG.warn(
          "Social gap: {} from {} to {}: {}", gap.queryId(), gap.from(), gap.to(), gap.reason());
    }
    long wait = result.notBefore() == null ? 0 : nanosUntil(result.notBefore()) + 1_000_000;
    if (result.rateLimited()) {
      metrics.rateLimited().inc();
      int inRow = refusals.merge(splitId, 1, Integer::sum);
      if (bounded && inRow >= BOUNDED_MAX_RATE_LIMITS) {
        return null;
      }
      return now + wait;
    }
    refusals.remove(splitId);
    if (result.more()) {
      return now + wait;
    }
    return bounded ? null : now + Math.max(interval, wait);
  }

  private long nanosUntil(Instant instant) {
    long nanos = Duration.between(clock.instant(), instant).toNanos();
    return Math.max(0, nanos);
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
  public void handleSplitsChanges(SplitsChange<SocialSplit> change) {
    if (!(change instanceof SplitsAddition)) {
      throw new UnsupportedOperationException("unsupported split change " + change);
    }
    long now = System.nanoTime();
    for (SocialSplit split : change.splits()) {
      splits.put(split.splitId(), new SocialSplitState(split, maxSeenIds));
      pollerBySplit.put(split.splitId(), pollers.apply(split.query()));
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
    listener.close();
  }
}
