package org.casewatch.pipeline.config;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * One sitemap, sitemap index or Google News sitemap to follow.
 *
 * @param url the root sitemap URL, http or https
 * @param pollInterval how often to walk it
 */
public record SitemapSubscription(String url, Duration pollInterval) implements Serializable {

  public SitemapSubscription {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(pollInterval, "pollInterval");
    url = FeedSubscription.httpUrl(url, "sitemap");
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("poll_interval must be positive, was " + pollInterval);
    }
  }
}
