package org.casewatch.ingest.social;

import java.time.Clock;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.social.bluesky.BlueskySearchPoller;
import org.casewatch.ingest.social.mastodon.MastodonTagPoller;
import org.casewatch.ingest.social.reddit.RedditPoller;

/** Creates the poller of a query's platform. */
public final class SocialPollers {

  private SocialPollers() {}

  /**
   * The poller for a query: a {@link MastodonTagPoller}, {@link BlueskySearchPoller} or {@link
   * RedditPoller}.
   */
  public static SocialPoller create(
      SocialQuery query, HttpFetcher fetcher, SocialPollConfig config, Clock clock) {
    return switch (query.platform()) {
      case MASTODON -> new MastodonTagPoller(query, fetcher, config, clock);
      case BLUESKY -> new BlueskySearchPoller(query, fetcher, config, clock);
      case REDDIT -> new RedditPoller(query, fetcher, config, clock);
    };
  }
}
