package org.casewatch.ingest.social;

import java.util.Locale;

/** The social platforms casewatch polls; {@link #id()} is the name used in posts and documents. */
public enum SocialPlatform {
  /** Mastodon (and compatible fediverse servers): hashtag timelines of configured instances. */
  MASTODON,
  /** Bluesky: post search on an AppView or PDS service. */
  BLUESKY,
  /** Reddit: subreddit listings and search. */
  REDDIT;

  /** The lower-case name: {@code mastodon}, {@code bluesky}, {@code reddit}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
