package org.casewatch.ingest.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.connector.source.Boundedness;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.sitemap.SitemapConfig;
import org.casewatch.ingest.status.PollListenerFactory;

/**
 * Builds a {@link SitemapSource}; {@link #build()} validates. Defaults: continuous mode, poll
 * interval <b>15 minutes</b>, {@link FetchConfig#defaults()}, {@link SitemapConfig#defaults()},
 * <b>50,000</b> remembered ids per sitemap. Not thread-safe.
 */
public final class SitemapSourceBuilder {

  private final LinkedHashSet<String> urls = new LinkedHashSet<>();
  private Boundedness boundedness = Boundedness.CONTINUOUS_UNBOUNDED;
  private Duration pollInterval = SitemapSource.DEFAULT_POLL_INTERVAL;
  private FetchConfig fetchConfig = FetchConfig.defaults();
  private SitemapConfig sitemapConfig = SitemapConfig.defaults();
  private int maxSeenIds = SitemapSource.DEFAULT_MAX_SEEN_IDS;
  private PollListenerFactory pollListeners = PollListenerFactory.NONE;

  SitemapSourceBuilder() {}

  /** Adds root sitemap URLs (absolute http or https; duplicates collapse). */
  public SitemapSourceBuilder sitemapUrls(Collection<String> sitemapUrls) {
    sitemapUrls.forEach(this::sitemapUrl);
    return this;
  }

  /** Adds one root sitemap URL: a sitemap, a sitemap index or a Google News sitemap. */
  public SitemapSourceBuilder sitemapUrl(String url) {
    urls.add(Objects.requireNonNull(url, "url").trim());
    return this;
  }

  /** Bounded mode: walk every sitemap once, then finish. */
  public SitemapSourceBuilder bounded() {
    this.boundedness = Boundedness.BOUNDED;
    return this;
  }

  /** Continuous mode with the default poll interval (<b>15 minutes</b>). */
  public SitemapSourceBuilder continuous() {
    this.boundedness = Boundedness.CONTINUOUS_UNBOUNDED;
    return this;
  }

  /** Continuous mode, walking every sitemap again at this interval. */
  public SitemapSourceBuilder continuous(Duration pollInterval) {
    this.boundedness = Boundedness.CONTINUOUS_UNBOUNDED;
    this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    return this;
  }

  /** The configuration of the HTTP gateway used for the sitemap files. */
  public SitemapSourceBuilder fetchConfig(FetchConfig fetchConfig) {
    this.fetchConfig = Objects.requireNonNull(fetchConfig, "fetchConfig");
    return this;
  }

  /** The caps of a walk (files, depth, entries, bytes). */
  public SitemapSourceBuilder sitemapConfig(SitemapConfig sitemapConfig) {
    this.sitemapConfig = Objects.requireNonNull(sitemapConfig, "sitemapConfig");
    return this;
  }

  /** How many emitted ids to remember per sitemap (default <b>50,000</b>). */
  public SitemapSourceBuilder maxSeenIds(int maxSeenIds) {
    this.maxSeenIds = maxSeenIds;
    return this;
  }

  /** Who is told the outcome of every poll (default: nobody); see {@link PollListenerFactory}. */
  public SitemapSourceBuilder pollListener(PollListenerFactory pollListeners) {
    this.pollListeners = Objects.requireNonNull(pollListeners, "pollListeners");
    return this;
  }

  /** Validates and builds. */
  public SitemapSource build() {
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("at least one sitemap URL is required");
    }
    List<String> checked = new ArrayList<>();
    for (String url : urls) {
      checked.add(FeedSourceBuilder.checkUrl(url, "sitemap"));
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
    }
    if (maxSeenIds < 1) {
      throw new IllegalArgumentException("maxSeenIds must be positive, was " + maxSeenIds);
    }
    return new SitemapSource(
        checked, boundedness, pollInterval, fetchConfig, sitemapConfig, maxSeenIds, pollListeners);
  }
}
