package org.casewatch.ingest.social.reddit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.casewatch.ingest.social.SocialPage;
import org.casewatch.ingest.social.SocialParseException;
import org.casewatch.ingest.social.SocialPlatform;
import org.casewatch.ingest.social.internal.HtmlText;
import org.casewatch.ingest.social.internal.Json;
import org.casewatch.model.SocialPost;

/**
 * Parses Reddit JSON answers (listings of submissions {@code t3} or comments {@code t1}, comment
 * pages {@code [submission listing, comment tree]}, {@code /api/morechildren}) into {@link
 * SocialPost}s.
 *
 * <p>A thing maps as: id its fullname ({@code t3_48fbm9}); url the web origin plus {@code
 * permalink} (for comments without one, the comment's path under its submission); handle and
 * display name the author; {@code created_utc}; text the title and self text of a submission, the
 * body of a comment, from their HTML ({@code raw_json=1}) reduced to plain text, else the markdown
 * source; reply-to a comment's {@code parent_id}; repost-of a crosspost's parent (with the parent
 * when embedded). Reddit gives no language or hashtags. {@code more} stubs of comment trees are not
 * posts and are not counted; a thing without id, author or time is malformed: skipped and counted.
 * Thread-safe.
 */
public final class RedditParser {

  private final String instance;
  private final String webOrigin;

  /**
   * A parser.
   *
   * @param instance the host the answers came from, such as {@code www.reddit.com}
   * @param webOrigin the origin of post URLs, such as {@code https://www.reddit.com}
   */
  public RedditParser(String instance, String webOrigin) {
    this.instance = Objects.requireNonNull(instance, "instance");
    this.webOrigin = Objects.requireNonNull(webOrigin, "webOrigin");
  }

  /** Parses a {@code Listing}; the next cursor is its {@code after}. */
  public SocialPage parseListing(byte[] body) throws SocialParseException {
    JsonNode root = read(body);
    return listing(root, new ArrayList<>(), 0);
  }

  /**
   * Parses a comment page ({@code /comments/<id>}): the submission, then every comment of the tree,
   * depth first.
   */
  public SocialPage parseCommentPage(byte[] body) throws SocialParseException {
    JsonNode root = read(body);
    if (!root.isArray() || root.size() != 2) {
      throw new SocialParseException("Reddit comment page is not a pair of listings");
    }
    List<SocialPost> posts = new ArrayList<>();
    int skipped = listing(root.get(0), posts, 0).skipped();
    skipped += listing(root.get(1), posts, 0).skipped();
    return new SocialPage(posts, null, skipped);
  }

  /** Parses an {@code /api/morechildren} answer ({@code json.data.things}). */
  public SocialPage parseMoreChildren(byte[] body) throws SocialParseException {
    JsonNode things = read(body).path("json").path("data").path("things");
    if (!things.isArray()) {
      throw new SocialParseException("Reddit morechildren answer lacks json.data.things");
    }
    List<SocialPost> posts = new ArrayList<>();
    int skipped = things(things, posts);
    return new SocialPage(posts, null, skipped);
  }

  private SocialPage listing(JsonNode root, List<SocialPost> posts, int skipped)
      throws SocialParseException {
    if (root == null
        || !"Listing".equals(Json.text(root, "kind"))
        || !root.path("data").path("children").isArray()) {
      throw new SocialParseException("Reddit answer is not a Listing");
    }
    skipped += things(root.get("data").get("children"), posts);
    return new SocialPage(posts, Json.text(root.get("data"), "after"), skipped);
  }

  private int things(JsonNode children, List<SocialPost> posts) {
    int skipped = 0;
    Deque<JsonNode> pending = new ArrayDeque<>();
    children.forEach(pending::add);
    while (!pending.isEmpty()) {
      JsonNode child = pending.removeFirst();
      String kind = Json.text(child, "kind");
      if ("more".equals(kind)) {
        continue;
      }
      SocialPost post = thing(child);
      if (post == null) {
        skipped++;
        continue;
      }
      posts.add(post);
      JsonNode replies = child.path("data").path("replies").path("data").path("children");
      if (replies.isArray()) {
        List<JsonNode> nested = new ArrayList<>();
        replies.forEach(nested::add);
        for (int i = nested.size() - 1; i >= 0; i--) {
          pending.addFirst(nested.get(i));
        }
      }
    }
    return skipped;
  }

  SocialPost thing(JsonNode child) {
    return thing(Json.text(child, "kind"), child == null ? null : child.get("data"));
  }

  private SocialPost thing(String kind, JsonNode data) {
    if (data == null || !data.isObject() || !("t3".equals(kind) || "t1".equals(kind))) {
      return null;
    }
    String name = Json.text(data, "name");
    String author = Json.text(data, "author");
    Instant created = epochSeconds(data.get("created_utc"));
    if (name == null || author == null || created == null) {
      return null;
    }
    boolean submission = "t3".equals(kind);
    String text;
    if (submission) {
      String self = text(data, "selftext_html", "selftext");
      String title = Json.text(data, "title") == null ? "" : Json.text(data, "title").strip();
      text = self.isEmpty() ? title : title + "\n\n" + self;
    } else {
      text = text(data, "body_html", "body");
    }
    SocialPost parent = null;
    JsonNode parents = data.get("crosspost_parent_list");
    if (parents != null && parents.isArray() && parents.size() > 0) {
      parent = thing("t3", parents.get(0));
    }
    return new SocialPost(
        SocialPlatform.REDDIT.id(),
        instance,
        name,
        url(data, submission),
        author,
        author,
        created,
        text,
        null,
        List.of(),
        submission ? null : Json.text(data, "parent_id"),
        null,
        Json.text(data, "crosspost_parent"),
        parent);
  }

  private String url(JsonNode data, boolean submission) {
    String permalink = Json.text(data, "permalink");
    if (permalink != null && permalink.startsWith("/")) {
      return webOrigin + permalink;
    }
    String subreddit = Json.text(data, "subreddit");
    String id = Json.text(data, "id");
    if (submission) {
      return webOrigin + "/r/" + subreddit + "/comments/" + id + "/";
    }
    String link = Json.text(data, "link_id");
    String linkId = link != null && link.startsWith("t3_") ? link.substring(3) : link;
    return webOrigin + "/r/" + subreddit + "/comments/" + linkId + "/_/" + id + "/";
  }

  private static String text(JsonNode data, String htmlField, String sourceField) {
    String html = Json.text(data, htmlField);
    if (html != null && !html.isBlank()) {
      return HtmlText.toText(html);
    }
    String source = Json.text(data, sourceField);
    return source == null ? "" : source.strip();
  }

  private static Instant epochSeconds(JsonNode value) {
    if (value == null || !value.isNumber()) {
      return null;
    }
    double seconds = value.asDouble();
    if (Double.isNaN(seconds) || seconds < 0 || seconds > 1e11) {
      return null;
    }
    return Instant.ofEpochMilli(Math.round(seconds * 1000));
  }

  private static JsonNode read(byte[] body) throws SocialParseException {
    try {
      JsonNode root = Json.mapper().readTree(body);
      if (root == null || root.isMissingNode()) {
        throw new SocialParseException("empty Reddit answer");
      }
      return root;
    } catch (IOException e) {
      throw new SocialParseException("Reddit answer is not JSON: " + e.getMessage(), e);
    }
  }
}
