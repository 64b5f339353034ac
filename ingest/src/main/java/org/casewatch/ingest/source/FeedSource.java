package org.casewatch.ingest.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.metrics.Counter;
import org.casewatch.ingest.feed.FeedParser;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.source.enumerator.FeedEnumeratorState;
import org.casewatch.ingest.source.enumerator.FeedEnumeratorStateSerializer;
import org.casewatch.ingest.source.enumerator.FeedSplitEnumerator;
import org.casewatch.ingest.source.reader.FeedPoller;
import org.casewatch.ingest.source.reader.FeedSourceReader;
import org.casewatch.ingest.source.reader.FeedSplitReader;
import org.casewatch.ingest.source.split.FeedSplit;
import org.casewatch.ingest.source.split.FeedSplitSerializer;
import org.casewatch.ingest.status.PollListenerFactory;
import org.casewatch.model.FeedItem;

/**
 * A FLIP-27 source of the new items of a set of RSS/Atom feeds.
 *
 * <p>One split per feed URL. Readers poll their feeds through the {@link HttpFetcher} (conditional
 * GETs with ETag/Last-Modified) and emit each item whose id they have not emitted before; the ids
 * (the most recent {@link org.casewatch.ingest.source.split.FeedSplitState#DEFAULT_MAX_SEEN_IDS}
 * per feed) are part of the checkpoint, so a restore neither loses nor repeats items. A feed that
 * fails to fetch or parse is counted in the reader metric {@code feedErrors}, logged at WARN and
 * retried at the next poll; it never fails the job.
 *
 * <p>{@link Boundedness#BOUNDED bounded} mode polls every feed once and then finishes (demo,
 * tests); {@link Boundedness#CONTINUOUS_UNBOUNDED continuous} mode re-polls every poll interval
 * (default <b>5 minutes</b>).
 *
 * <pre>{@code
 * FeedSource source = FeedSource.builder()
 *     .feedUrls(List.of("https://example.org/rss.xml"))
 *     .continuous(Duration.ofMinutes(5))
 *     .fetchConfig(FetchConfig.defaults())
 *     .build();
 * env.fromSource(source, WatermarkStrategy.noWatermarks(), "feeds").uid("feed-source");
 * }</pre>
 */
public final class FeedSource implements Source<FeedItem, FeedSplit, FeedEnumeratorState> {

  private static final long serialVersionUID = 1L;

  /** Default interval between polls of one feed in continuous mode: <b>5 minutes</b>. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(5);

  private final List<String> feedUrls;
  private final Boundedness boundedness;
  private final Duration pollInterval;
  private final FetchConfig fetchConfig;
  private final int maxSeenIds;
  private final PollListenerFactory pollListeners;

  FeedSource(
      List<String> feedUrls,
      Boundedness boundedness,
      Duration pollInterval,
      FetchConfig fetchConfig,
      int maxSeenIds,
      PollListenerFactory pollListeners) {
    this.pollListeners = pollListeners;
    this.feedUrls = List.copyOf(feedUrls);
    this.boundedness = boundedness;
    this.pollInterval = pollInterval;
    this.fetchConfig = fetchConfig;
    this.maxSeenIds = maxSeenIds;
  }

  /** A builder; see {@link FeedSourceBuilder}. */
  public static FeedSourceBuilder builder() {
    return new FeedSourceBuilder();
  }

  /** The feed URLs, one split each. */
  public List<String> feedUrls() {
    return feedUrls;
  }

  /** The poll interval of continuous mode. */
  public Duration pollInterval() {
    return pollInterval;
  }

  @Override
  public Boundedness getBoundedness() {
    return boundedness;
  }

  @Override
  public SourceReader<FeedItem, FeedSplit> createReader(SourceReaderContext context) {
    Counter feedErrors = context.metricGroup().counter("feedErrors");
    boolean bounded = boundedness == Boundedness.BOUNDED;
    return new FeedSourceReader(
        () ->
            new FeedSplitReader(
                new FeedPoller(
                    new HttpFetcher(fetchConfig),
                    new FeedParser(),
                    feedErrors,
                    pollListeners.create()),
                bounded,
                pollInterval,
                maxSeenIds),
        maxSeenIds,
        context);
  }

  @Override
  public SplitEnumerator<FeedSplit, FeedEnumeratorState> createEnumerator(
      SplitEnumeratorContext<FeedSplit> context) {
    List<FeedSplit> splits = new ArrayList<>();
    feedUrls.forEach(url -> splits.add(FeedSplit.fresh(url)));
    return new FeedSplitEnumerator(context, splits, boundedness == Boundedness.BOUNDED);
  }

  @Override
  public SplitEnumerator<FeedSplit, FeedEnumeratorState> restoreEnumerator(
      SplitEnumeratorContext<FeedSplit> context, FeedEnumeratorState checkpoint) {
    return new FeedSplitEnumerator(
        context, checkpoint.pendingSplits(), boundedness == Boundedness.BOUNDED);
  }

  @Override
  public SimpleVersionedSerializer<FeedSplit> getSplitSerializer() {
    return FeedSplitSerializer.INSTANCE;
  }

  @Override
  public SimpleVersionedSerializer<FeedEnumeratorState> getEnumeratorCheckpointSerializer() {
    return new FeedEnumeratorStateSerializer();
  }
}
