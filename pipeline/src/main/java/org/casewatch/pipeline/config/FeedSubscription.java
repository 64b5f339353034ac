package org.casewatch.pipeline.config;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One RSS or Atom feed to follow.
 *
 * @param url the feed URL, http or https
 * @param pollInterval how often to poll it
 */
public record FeedSubscription(String url, Duration pollInterval) implements Serializable {

  public FeedSubscription {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(pollInterval, "pollInterval");
    url = httpUrl(url, "feed");
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("poll_interval must be positive, was " + pollInterval);
    }
  }

  /** The URL normalised by {@link URI}, when it is http or https with a host; else throws. */
  static String httpUrl(String url, String kind) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: " + url, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "a " + kind + " URL must be http or https with a host: " + url);
    }
    return uri.toString();
  }
}
