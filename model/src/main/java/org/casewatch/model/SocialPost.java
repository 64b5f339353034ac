package org.casewatch.model;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One post of a social platform (a Mastodon status, a Bluesky post, a Reddit submission or
 * comment), as the social source emits it.
 *
 * <p>Posts flow through the same annotate and index path as articles: {@link #toArticle(Instant)}
 * maps a post to an {@link Article} whose URL is the post URL, so the document id is stable across
 * polls and replays. {@code text} is plain text: the platforms' HTML is reduced to text (links keep
 * their text, no markup) before a post is built. Relations are ids on the same platform; a repost
 * carries the original post in {@code repostOf} when the platform embeds it.
 *
 * @param platform the platform: {@code mastodon}, {@code bluesky} or {@code reddit}
 * @param instance the host the post was read from (a Mastodon instance, a Bluesky service, {@code
 *     reddit.com})
 * @param postId the platform's id of the post (Mastodon status id on that instance, Bluesky {@code
 *     at://} URI, Reddit fullname such as {@code t3_48fbm9})
 * @param url the public web URL of the post
 * @param authorHandle the author's handle ({@code user@instance}, {@code name.bsky.social}, Reddit
 *     user name)
 * @param authorDisplayName the author's display name, or an empty string
 * @param createdAt when the post was written, or null when the platform does not say
 * @param text the plain text of the post, or an empty string
 * @param language the language tag the platform gives, or null
 * @param hashtags the hashtags, without {@code #}, in the platform's spelling
 * @param replyToId the id of the post this one replies to, or null
 * @param quoteOfId the id of the post this one quotes, or null
 * @param repostOfId the id of the post this one reposts (boost, repost, crosspost), or null
 * @param repostOf the reposted post when the platform embeds it, or null
 */
public record SocialPost(
    String platform,
    String instance,
    String postId,
    String url,
    String authorHandle,
    String authorDisplayName,
    Instant createdAt,
    String text,
    String language,
    List<String> hashtags,
    String replyToId,
    String quoteOfId,
    String repostOfId,
    SocialPost repostOf)
    implements Serializable {

  /** How many characters of the text become the title of {@link #toArticle(Instant)}. */
  public static final int TITLE_CHARS = 100;

  public SocialPost {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(postId, "postId");
    Objects.requireNonNull(url, "url");
    authorHandle = authorHandle == null ? "" : authorHandle;
    authorDisplayName = authorDisplayName == null ? "" : authorDisplayName;
    text = text == null ? "" : text;
    hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
  }

  /**
   * The source name of this post's documents: platform and instance, such as {@code
   * mastodon:fosstodon.org}.
   */
  public String source() {
    return platform + ":" + instance;
  }

  /**
   * This post as an article: url the post URL, canonical URL the post URL normalised (lower-case
   * scheme and host, no default port, no fragment), source {@link #source()}, title the first
   * {@value #TITLE_CHARS} characters of the text (cut at a word boundary where there is one), body
   * the text, published at the post's creation time; provenance with the platform as platform and
   * as publisher (the unit of independent publishers) and the author handle as author.
   *
   * @param fetchedAt when the post was read
   */
  public Article toArticle(Instant fetchedAt) {
    return new Article(url, normalise(url), source(), title(text), text, createdAt, fetchedAt)
        .withProvenance(new Provenance(platform, platform, authorHandle, null, null));
  }

  static String title(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= TITLE_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', TITLE_CHARS);
    if (cut < TITLE_CHARS / 2) {
      cut = TITLE_CHARS;
      if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
        cut--;
      }
    }
    return flat.substring(0, cut).strip() + "…";
  }

  static String normalise(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null) {
        return url.strip();
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
        port = -1;
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      StringBuilder out =
          new StringBuilder(scheme).append("://").append(host.toLowerCase(Locale.ROOT));
      if (port != -1) {
        out.append(':').append(port);
      }
      out.append(path);
      if (uri.getRawQuery() != null) {
        out.append('?').append(uri.getRawQuery());
      }
      return out.toString();
    } catch (URISyntaxException e) {
      return url.strip();
    }
  }
}
