package org.casewatch.ingest.source;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.metrics.Counter;
import org.casewatch.ingest.feed.FeedParser;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.source.reader.FeedPoller;
import org.casewatch.ingest.source.reader.UrlPoller;
import org.casewatch.ingest.status.PollListenerFactory;

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
public final class FeedSource extends UrlPollingSource {

  private static final long serialVersionUID = 1L;

  /** Default interval between polls of one feed in continuous mode: <b>5 minutes</b>. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(5);

  private final FetchConfig fetchConfig;

  FeedSource(
      List<String> feedUrls,
      Boundedness boundedness,
      Duration pollInterval,
      FetchConfig fetchConfig,
      int maxSeenIds,
      PollListenerFactory pollListeners) {
    super(feedUrls, boundedness, pollInterval, maxSeenIds, pollListeners);
    this.fetchConfig = fetchConfig;
  }

  /** A builder; see {@link FeedSourceBuilder}. */
  public static FeedSourceBuilder builder() {
    return new FeedSourceBuilder();
  }

  /** The feed URLs, one split each. */
  public List<String> feedUrls() {
    return urls();
  }

  @Override
  Supplier<UrlPoller> pollers(SourceReaderContext context, PollListenerFactory listeners) {
    Counter feedErrors = context.metricGroup().counter("feedErrors");
    FetchConfig fetch = fetchConfig;
    return () ->
        new FeedPoller(new HttpFetcher(fetch), new FeedParser(), feedErrors, listeners.create());
  }
}
