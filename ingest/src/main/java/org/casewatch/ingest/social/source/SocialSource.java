package org.casewatch.ingest.social.source;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.social.SocialPollConfig;
import org.casewatch.ingest.social.SocialPollers;
import org.casewatch.ingest.social.SocialQuery;
import org.casewatch.ingest.social.source.enumerator.SocialEnumeratorState;
import org.casewatch.ingest.social.source.enumerator.SocialEnumeratorStateSerializer;
import org.casewatch.ingest.social.source.enumerator.SocialSplitEnumerator;
import org.casewatch.ingest.social.source.reader.SocialMetrics;
import org.casewatch.ingest.social.source.reader.SocialSourceReader;
import org.casewatch.ingest.social.source.reader.SocialSplitReader;
import org.casewatch.ingest.social.source.split.SocialSplit;
import org.casewatch.ingest.social.source.split.SocialSplitSerializer;
import org.casewatch.ingest.status.PollListenerFactory;
import org.casewatch.model.SocialPost;

/**
 * A FLIP-27 source of the new posts of a set of social queries (Mastodon hashtags, Bluesky
 * searches, Reddit listings and searches).
 *
 * <p>One split per {@link SocialQuery}. Readers poll their queries through the {@link HttpFetcher}
 * with the platform pollers ({@link SocialPollers}) and emit each post whose id they have not
 * emitted before; the poller cursors and the ids (the most recent {@link
 * org.casewatch.ingest.social.source.split.SocialSplitState#DEFAULT_MAX_SEEN_IDS} per query) are
 * part of the checkpoint, so a restore neither loses nor repeats posts. Rate limits delay a query's
 * next request until the platform's reset; failed polls, refusals, gaps and malformed items are
 * counted in the reader metrics {@code socialErrors}, {@code socialRateLimited}, {@code socialGaps}
 * and {@code socialMalformedItems}; none fails the job.
 *
 * <p>{@link Boundedness#BOUNDED bounded} mode drains the available pages of every query once and
 * then finishes (demo, tests); {@link Boundedness#CONTINUOUS_UNBOUNDED continuous} mode re-polls
 * each query every poll interval (the query's own, else the source's, default <b>5 minutes</b>).
 *
 * <pre>{@code
 * SocialSource source = SocialSource.builder()
 *     .query(SocialQuery.mastodonTag("https://mastodon.social", "metoo"))
 *     .query(SocialQuery.blueskySearch("https://public.api.bsky.app", "#metoo"))
 *     .query(SocialQuery.redditNew("https://www.reddit.com", "metoo")
 *         .withPollInterval(Duration.ofMinutes(10)))
 *     .continuous(Duration.ofMinutes(5))
 *     .build();
 * env.fromSource(source, WatermarkStrategy.noWatermarks(), "social").uid("social-source");
 * }</pre>
 */
public final class SocialSource
    implements Source<SocialPost, SocialSplit, SocialEnumeratorState>,
        ResultTypeQueryable<SocialPost> {

  private static final long serialVersionUID = 1L;

  /** Default interval between polls of one query in continuous mode: <b>5 minutes</b>. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(5);

  private final List<SocialQuery> queries;
  private final Boundedness boundedness;
  private final Duration pollInterval;
  private final SocialPollConfig pollConfig;
  private final FetchConfig fetchConfig;
  private final int maxSeenIds;
  private final PollListenerFactory pollListeners;

  SocialSource(
      List<SocialQuery> queries,
      Boundedness boundedness,
      Duration pollInterval,
      SocialPollConfig pollConfig,
      FetchConfig fetchConfig,
      int maxSeenIds,
      PollListenerFactory pollListeners) {
    this.pollListeners = pollListeners;
    this.queries = List.copyOf(queries);
    this.boundedness = boundedness;
    this.pollInterval = pollInterval;
    this.pollConfig = pollConfig;
    this.fetchConfig = fetchConfig;
    this.maxSeenIds = maxSeenIds;
  }

  /** A builder; see {@link SocialSourceBuilder}. */
  public static SocialSourceBuilder builder() {
    return new SocialSourceBuilder();
  }

  /** The queries, one split each. */
  public List<SocialQuery> queries() {
    return queries;
  }

  /** The default poll interval of continuous mode. */
  public Duration pollInterval() {
    return pollInterval;
  }

  /** The poller settings. */
  public SocialPollConfig pollConfig() {
    return pollConfig;
  }

  @Override
  public Boundedness getBoundedness() {
    return boundedness;
  }

  @Override
  public TypeInformation<SocialPost> getProducedType() {
    return TypeInformation.of(SocialPost.class);
  }

  @Override
  public SourceReader<SocialPost, SocialSplit> createReader(SourceReaderContext context) {
    SocialMetrics metrics = SocialMetrics.register(context.metricGroup());
    boolean bounded = boundedness == Boundedness.BOUNDED;
    SocialPollConfig config = pollConfig;
    FetchConfig fetch = fetchConfig;
    Duration interval = pollInterval;
    int seen = maxSeenIds;
    PollListenerFactory listeners = pollListeners;
    return new SocialSourceReader(
        () -> {
          HttpFetcher fetcher = new HttpFetcher(fetch);
          Clock clock = Clock.systemUTC();
          return new SocialSplitReader(
              query -> SocialPollers.create(query, fetcher, config, clock),
              bounded,
              interval,
              seen,
              metrics,
              clock,
              listeners.create());
        },
        maxSeenIds,
        context);
  }

  @Override
  public SplitEnumerator<SocialSplit, SocialEnumeratorState> createEnumerator(
      SplitEnumeratorContext<SocialSplit> context) {
    List<SocialSplit> splits = new ArrayList<>();
    queries.forEach(query -> splits.add(SocialSplit.fresh(query)));
    return new SocialSplitEnumerator(context, splits, boundedness == Boundedness.BOUNDED);
  }

  @Override
  public SplitEnumerator<SocialSplit, SocialEnumeratorState> restoreEnumerator(
      SplitEnumeratorContext<SocialSplit> context, SocialEnumeratorState checkpoint) {
    return new SocialSplitEnumerator(
        context, checkpoint.pendingSplits(), boundedness == Boundedness.BOUNDED);
  }

  @Override
  public SimpleVersionedSerializer<SocialSplit> getSplitSerializer() {
    return SocialSplitSerializer.INSTANCE;
  }

  @Override
  public SimpleVersionedSerializer<SocialEnumeratorState> getEnumeratorCheckpointSerializer() {
    return new SocialEnumeratorStateSerializer();
  }
}
