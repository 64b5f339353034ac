package org.casewatch.ingest.source;

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
import org.apache.flink.metrics.Counter;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.sitemap.SitemapConfig;
import org.casewatch.ingest.sitemap.SitemapCrawler;
import org.casewatch.ingest.source.enumerator.FeedEnumeratorState;
import org.casewatch.ingest.source.enumerator.FeedEnumeratorStateSerializer;
import org.casewatch.ingest.source.enumerator.FeedSplitEnumerator;
import org.casewatch.ingest.source.reader.FeedSourceReader;
import org.casewatch.ingest.source.reader.FeedSplitReader;
import org.casewatch.ingest.source.reader.SitemapPoller;
import org.casewatch.ingest.source.split.FeedSplit;
import org.casewatch.ingest.source.split.FeedSplitSerializer;
import org.casewatch.ingest.status.PollListenerFactory;
import org.casewatch.model.FeedItem;

/**
 * A FLIP-27 source of the new pages listed by a set of sitemaps, sitemap indexes and Google News
 * sitemaps, as {@link FeedItem}s, so that their pages go through the same fetch-and-extract step as
 * feed items.
 *
 * <p>One split per root sitemap URL. It is the feed source's machinery with another poll: the
 * splits, their checkpointed state (the ids of the entries already emitted, the most recent {@link
 * #DEFAULT_MAX_SEEN_IDS} per sitemap), the enumerator and the reader are the feed source's; the
 * poll walks the sitemap with the {@link SitemapCrawler} (see {@link SitemapPoller}). An entry's id
 * is stable across walks (root URL and page URL), so a page listed again, or in a rotated child
 * sitemap of a news index, is not emitted twice. Failed files are counted in {@code sitemapErrors},
 * dropped entries in {@code sitemapDroppedEntries}; neither fails the job.
 *
 * <p>{@link Boundedness#BOUNDED bounded} mode walks every sitemap once and then finishes; {@link
 * Boundedness#CONTINUOUS_UNBOUNDED continuous} mode walks again every poll interval (default <b>15
 * minutes</b>: news sitemaps change every few minutes, full indexes every day).
 *
 * <pre>{@code
 * SitemapSource source = SitemapSource.builder()
 *     .sitemapUrl("https://news.example/sitemap-news.xml")
 *     .continuous(Duration.ofMinutes(15))
 *     .build();
 * env.fromSource(source, WatermarkStrategy.noWatermarks(), "sitemaps").uid("sitemap-source");
 * }</pre>
 */
public final class SitemapSource
    implements Source<FeedItem, FeedSplit, FeedEnumeratorState>, ResultTypeQueryable<FeedItem> {

  private static final long serialVersionUID = 1L;

  /** Default interval between walks of one sitemap in continuous mode: <b>15 minutes</b>. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(15);

  /** Default bound on remembered entry ids per sitemap: <b>50,000</b>, one full sitemap file. */
  public static final int DEFAULT_MAX_SEEN_IDS = 50_000;

  private final List<String> sitemapUrls;
  private final Boundedness boundedness;
  private final Duration pollInterval;
  private final FetchConfig fetchConfig;
  private final SitemapConfig sitemapConfig;
  private final int maxSeenIds;
  private final PollListenerFactory pollListeners;

  SitemapSource(
      List<String> sitemapUrls,
      Boundedness boundedness,
      Duration pollInterval,
      FetchConfig fetchConfig,
      SitemapConfig sitemapConfig,
      int maxSeenIds,
      PollListenerFactory pollListeners) {
    this.pollListeners = pollListeners;
    this.sitemapUrls = List.copyOf(sitemapUrls);
    this.boundedness = boundedness;
    this.pollInterval = pollInterval;
    this.fetchConfig = fetchConfig;
    this.sitemapConfig = sitemapConfig;
    this.maxSeenIds = maxSeenIds;
  }

  /** A builder; see {@link SitemapSourceBuilder}. */
  public static SitemapSourceBuilder builder() {
    return new SitemapSourceBuilder();
  }

  /** The root sitemap URLs, one split each. */
  public List<String> sitemapUrls() {
    return sitemapUrls;
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
  public TypeInformation<FeedItem> getProducedType() {
    return TypeInformation.of(FeedItem.class);
  }

  @Override
  public SourceReader<FeedItem, FeedSplit> createReader(SourceReaderContext context) {
    Counter errors = context.metricGroup().counter("sitemapErrors");
    Counter dropped = context.metricGroup().counter("sitemapDroppedEntries");
    boolean bounded = boundedness == Boundedness.BOUNDED;
    FetchConfig fetch = fetchConfig;
    SitemapConfig caps = sitemapConfig;
    Duration interval = pollInterval;
    int seen = maxSeenIds;
    PollListenerFactory listeners = pollListeners;
    return new FeedSourceReader(
        () ->
            new FeedSplitReader(
                new SitemapPoller(
                    new SitemapCrawler(new HttpFetcher(fetch), caps),
                    errors,
                    dropped,
                    listeners.create()),
                bounded,
                interval,
                seen),
        maxSeenIds,
        context);
  }

  @Override
  public SplitEnumerator<FeedSplit, FeedEnumeratorState> createEnumerator(
      SplitEnumeratorContext<FeedSplit> context) {
    List<FeedSplit> splits = new ArrayList<>();
    sitemapUrls.forEach(url -> splits.add(FeedSplit.fresh(url)));
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
