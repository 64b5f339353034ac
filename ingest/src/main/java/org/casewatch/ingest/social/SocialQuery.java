package org.casewatch.ingest.social;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing to follow on one platform: a Mastodon hashtag on an instance, a Bluesky search, a
 * subreddit's new posts, or a Reddit search (in a subreddit or site-wide). Immutable and
 * serializable; one split of the social source per query.
 *
 * <pre>{@code
 * SocialQuery.mastodonTag("https://mastodon.social", "MeToo");
 * SocialQuery.blueskySearch("https://public.api.bsky.app", "#metoo");
 * SocialQuery.redditNew("https://www.reddit.com", "metoo");
 * SocialQuery.redditSearch("https://www.reddit.com", null, "harassment allegations");
 * }</pre>
 *
 * @param platform the platform
 * @param baseUrl the API origin ({@code https://host[:port]}, no path)
 * @param community the Mastodon tag (without {@code #}) or the subreddit (without {@code r/}); null
 *     for Bluesky and site-wide Reddit search
 * @param terms the search terms (Bluesky, Reddit search); null for tag timelines and listings
 * @param pollInterval the interval between polls of this query in continuous mode, or null for the
 *     source's default
 */
public record SocialQuery(
    SocialPlatform platform, String baseUrl, String community, String terms, Duration pollInterval)
    implements Serializable {

  private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_]{1,100}");
  private static final Pattern SUBREDDIT = Pattern.compile("[A-Za-z0-9_]{2,21}");

  /** Validates; prefer the factories. */
  public SocialQuery {
    Objects.requireNonNull(platform, "platform");
    baseUrl = origin(Objects.requireNonNull(baseUrl, "baseUrl"));
    community = blankToNull(community);
    terms = blankToNull(terms);
    switch (platform) {
      case MASTODON -> {
        if (community == null || !TAG.matcher(community).matches() || terms != null) {
          throw new IllegalArgumentException("a Mastodon query needs one hashtag: " + community);
        }
      }
      case BLUESKY -> {
        if (terms == null || community != null) {
          throw new IllegalArgumentException("a Bluesky query needs search terms");
        }
      }
      case REDDIT -> {
        if (community == null && terms == null) {
          throw new IllegalArgumentException("a Reddit query needs a subreddit or search terms");
        }
        if (community != null && !SUBREDDIT.matcher(community).matches()) {
          throw new IllegalArgumentException("bad subreddit name: " + community);
        }
      }
    }
    if (pollInterval != null && (pollInterval.isNegative() || pollInterval.isZero())) {
      throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
    }
  }

  /** A Mastodon hashtag timeline ({@code /api/v1/timelines/tag/{tag}}) on an instance. */
  public static SocialQuery mastodonTag(String instanceUrl, String tag) {
    String t = tag == null ? null : tag.strip();
    if (t != null && t.startsWith("#")) {
      t = t.substring(1);
    }
    return new SocialQuery(SocialPlatform.MASTODON, instanceUrl, t, null, null);
  }

  /** A Bluesky post search ({@code app.bsky.feed.searchPosts}) on a service. */
  public static SocialQuery blueskySearch(String serviceUrl, String terms) {
    return new SocialQuery(SocialPlatform.BLUESKY, serviceUrl, null, terms, null);
  }

  /** The new posts of a subreddit ({@code /r/{sub}/new.json}). */
  public static SocialQuery redditNew(String baseUrl, String subreddit) {
    return new SocialQuery(SocialPlatform.REDDIT, baseUrl, stripR(subreddit), null, null);
  }

  /** A Reddit search, newest first, in a subreddit or site-wide (subreddit null). */
  public static SocialQuery redditSearch(String baseUrl, String subreddit, String terms) {
    return new SocialQuery(SocialPlatform.REDDIT, baseUrl, stripR(subreddit), terms, null);
  }

  /** This query with its own poll interval. */
  public SocialQuery withPollInterval(Duration interval) {
    return new SocialQuery(platform, baseUrl, community, terms, interval);
  }

  /** The host (and non-default port) of the base URL, such as {@code mastodon.social}. */
  public String instance() {
    return URI.create(baseUrl).getRawAuthority().toLowerCase(Locale.ROOT);
  }

  /**
   * A stable, readable id: {@code mastodon:mastodon.social/tag/metoo}, {@code
   * bluesky:public.api.bsky.app/search/#metoo}, {@code reddit:www.reddit.com/r/metoo/new}, {@code
   * reddit:www.reddit.com/r/metoo/search/x}, {@code reddit:www.reddit.com/search/x}. The split id.
   */
  public String id() {
    String prefix = platform.id() + ":" + instance();
    return switch (platform) {
      case MASTODON -> prefix + "/tag/" + community.toLowerCase(Locale.ROOT);
      case BLUESKY -> prefix + "/search/" + terms;
      case REDDIT ->
          prefix
              + (community == null ? "" : "/r/" + community.toLowerCase(Locale.ROOT))
              + (terms == null ? "/new" : "/search/" + terms);
    };
  }

  private static String stripR(String subreddit) {
    if (subreddit == null) {
      return null;
    }
    String s = subreddit.strip();
    return s.startsWith("/r/") ? s.substring(3) : s.startsWith("r/") ? s.substring(2) : s;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String origin(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null) {
        throw new IllegalArgumentException("base URL must be absolute http(s): " + url);
      }
      String path = uri.getRawPath();
      if ((path != null && !path.isEmpty() && !path.equals("/"))
          || uri.getRawQuery() != null
          || uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException("base URL must be an origin without path: " + url);
      }
      return scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bad base URL: " + url, e);
    }
  }
}
