package org.casewatch.ingest.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.flink.api.connector.source.Boundedness;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.source.split.FeedSplitState;
import org.casewatch.ingest.status.PollListenerFactory;

/**
 * Builds a {@link FeedSource}; {@link #build()} validates. Defaults: continuous mode, poll interval
 * <b>5 minutes</b>, {@link FetchConfig#defaults()}, <b>10,000</b> remembered ids per feed. Not
 * thread-safe.
 */
public final class FeedSourceBuilder {

  private final LinkedHashSet<String> feedUrls = new LinkedHashSet<>();
  private Boundedness boundedness = Boundedness.CONTINUOUS_UNBOUNDED;
  private Duration pollInterval = FeedSource.DEFAULT_POLL_INTERVAL;
  private FetchConfig fetchConfig = FetchConfig.defaults();
  private int maxSeenIds = FeedSplitState.DEFAULT_MAX_SEEN_IDS;
  private PollListenerFactory pollListeners = PollListenerFactory.NONE;

  FeedSourceBuilder() {}

  /** Adds feed URLs (absolute http or https; duplicates collapse). */
  public FeedSourceBuilder feedUrls(Collection<String> urls) {
    urls.forEach(this::feedUrl);
    return this;
  }

  /** Adds one feed URL. */
  public FeedSourceBuilder feedUrl(String url) {
    feedUrls.add(Objects.requireNonNull(url, "url").trim());
    return this;
  }

  /** Bounded mode: poll every feed once, then finish. */
  public FeedSourceBuilder bounded() {
    this.boundedness = Boundedness.BOUNDED;
    return this;
  }

  /** Continuous mode with the default poll interval (<b>5 minutes</b>). */
  public FeedSourceBuilder continuous() {
    this.boundedness = Boundedness.CONTINUOUS_UNBOUNDED;
    return this;
  }

  /** Continuous mode, re-polling every feed at this interval. */
  public FeedSourceBuilder continuous(Duration pollInterval) {
    this.boundedness = Boundedness.CONTINUOUS_UNBOUNDED;
    return pollInterval(pollInterval);
  }

  /** The interval between polls of one feed in continuous mode (default <b>5 minutes</b>). */
  public FeedSourceBuilder pollInterval(Duration pollInterval) {
    this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    return this;
  }

  /** The configuration of the HTTP gateway used for the feeds. */
  public FeedSourceBuilder fetchConfig(FetchConfig fetchConfig) {
    this.fetchConfig = Objects.requireNonNull(fetchConfig, "fetchConfig");
    return this;
  }

  /** How many emitted ids to remember per feed (default <b>10,000</b>). */
  public FeedSourceBuilder maxSeenIds(int maxSeenIds) {
    this.maxSeenIds = maxSeenIds;
    return this;
  }

  /** Who is told the outcome of every poll (default: nobody); see {@link PollListenerFactory}. */
  public FeedSourceBuilder pollListener(PollListenerFactory pollListeners) {
    this.pollListeners = Objects.requireNonNull(pollListeners, "pollListeners");
    return this;
  }

  /** Validates and builds. */
  public FeedSource build() {
    if (feedUrls.isEmpty()) {
      throw new IllegalArgumentException("at least one feed URL is required");
    }
    List<String> urls = new ArrayList<>();
    for (String url : feedUrls) {
      urls.add(checkUrl(url, "feed"));
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
    }
    if (maxSeenIds < 1) {
      throw new IllegalArgumentException("maxSeenIds must be positive, was " + maxSeenIds);
    }
    return new FeedSource(urls, boundedness, pollInterval, fetchConfig, maxSeenIds, pollListeners);
  }

  /** Returns {@code url} when it is absolute http(s), else throws naming the {@code kind}. */
  static String checkUrl(String url, String kind) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null) {
        throw new IllegalArgumentException(kind + " URL must be absolute http(s): " + url);
      }
      return url;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bad " + kind + " URL: " + url, e);
    }
  }
}
