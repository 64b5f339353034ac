package org.casewatch.ingest.source;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.metrics.Counter;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.sitemap.SitemapConfig;
import org.casewatch.ingest.sitemap.SitemapCrawler;
import org.casewatch.ingest.source.reader.SitemapPoller;
import org.casewatch.ingest.source.reader.UrlPoller;
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
public final class SitemapSource extends UrlPollingSource {

  private static final long serialVersionUID = 1L;

  /** Default interval between walks of one sitemap in continuous mode: <b>15 minutes</b>. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(15);

  /** Default bound on remembered entry ids per sitemap: <b>50,000</b>, one full sitemap file. */
  public static final int DEFAULT_MAX_SEEN_IDS = 50_000;

  private final FetchConfig fetchConfig;
  private final SitemapConfig sitemapConfig;

  SitemapSource(
      List<String> sitemapUrls,
      Boundedness boundedness,
      Duration pollInterval,
      FetchConfig fetchConfig,
      SitemapConfig sitemapConfig,
      int maxSeenIds,
      PollListenerFactory pollListeners) {
    super(sitemapUrls, boundedness, pollInterval, maxSeenIds, pollListeners);
    this.fetchConfig = fetchConfig;
    this.sitemapConfig = sitemapConfig;
  }

  /** A builder; see {@link SitemapSourceBuilder}. */
  public static SitemapSourceBuilder builder() {
    return new SitemapSourceBuilder();
  }

  /** The root sitemap URLs, one split each. */
  public List<String> sitemapUrls() {
    return urls();
  }

  @Override
  Supplier<UrlPoller> pollers(SourceReaderContext context, PollListenerFactory listeners) {
    Counter errors = context.metricGroup().counter("sitemapErrors");
    Counter dropped = context.metricGroup().counter("sitemapDroppedEntries");
    FetchConfig fetch = fetchConfig;
    SitemapConfig caps = sitemapConfig;
    return () ->
        new SitemapPoller(
            new SitemapCrawler(new HttpFetcher(fetch), caps), errors, dropped, listeners.create());
  }
}
