package org.casewatch.pipeline.config;

import java.io.Serializable;
import java.util.List;
import org.casewatch.ingest.social.SocialQuery;

/**
 * Everything a monitoring job follows: feeds and social queries, each with its schedule.
 *
 * @param feeds the RSS and Atom feeds
 * @param social the Mastodon, Bluesky and Reddit queries
 */
public record Sources(List<FeedSubscription> feeds, List<SocialQuery> social)
    implements Serializable {

  public Sources {
    feeds = List.copyOf(feeds);
    social = List.copyOf(social);
  }

  /** True when nothing is configured. */
  public boolean isEmpty() {
    return feeds.isEmpty() && social.isEmpty();
  }
}
