package org.casewatch.ingest.social.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.casewatch.ingest.social.SocialPage;
import org.casewatch.ingest.social.SocialParseException;
import org.casewatch.ingest.social.SocialPlatform;
import org.casewatch.ingest.social.internal.Json;
import org.casewatch.model.SocialPost;

/**
 * Parses Bluesky XRPC answers ({@code app.bsky.feed.searchPosts}, {@code getPosts}, {@code
 * getQuotes}: {@code {posts, cursor}}; {@code getTimeline}, {@code getAuthorFeed}, {@code getFeed}:
 * {@code {feed: [{post, reason}], cursor}}) into {@link SocialPost}s.
 *
 * <p>A post view maps as: id the {@code at://} URI; url {@code https://bsky.app/profile/<handle>/
 * post/<rkey>}; handle and display name of the author; {@code record.createdAt} (else {@code
 * indexedAt}); text {@code record.text} (plain text already); the first of {@code record.langs};
 * hashtags from tag facets and {@code record.tags}; reply-to {@code record.reply.parent.uri};
 * quote-of the record embedded by {@code app.bsky.embed.record} or {@code recordWithMedia}. A feed
 * item with a {@code reasonRepost} becomes a repost by the reposter whose {@code repostOf} is the
 * post. A post view without URI, author handle or record is malformed: skipped and counted.
 * Thread-safe.
 */
public final class BlueskyParser {

  /** The web origin of post URLs. */
  public static final String WEB = "https://bsky.app";

  private final String instance;

  /**
   * A parser for answers of one service.
   *
   * @param instance the service host, such as {@code public.api.bsky.app}
   */
  public BlueskyParser(String instance) {
    this.instance = Objects.requireNonNull(instance, "instance");
  }

  /** Parses {@code {posts: [postView], cursor}}; the cursor is the next page's. */
  public SocialPage parsePosts(byte[] body) throws SocialParseException {
    JsonNode root = read(body);
    JsonNode posts = root.get("posts");
    if (posts == null || !posts.isArray()) {
      throw new SocialParseException("Bluesky answer lacks a posts array");
    }
    List<SocialPost> out = new ArrayList<>();
    int skipped = 0;
    for (JsonNode view : posts) {
      SocialPost post = post(view);
      if (post == null) {
        skipped++;
      } else {
        out.add(post);
      }
    }
    return new SocialPage(out, Json.text(root, "cursor"), skipped);
  }

  /** Parses {@code {feed: [{post, reply, reason}], cursor}}. */
  public SocialPage parseFeed(byte[] body) throws SocialParseException {
    JsonNode root = read(body);
    JsonNode feed = root.get("feed");
    if (feed == null || !feed.isArray()) {
      throw new SocialParseException("Bluesky answer lacks a feed array");
    }
    List<SocialPost> out = new ArrayList<>();
    int skipped = 0;
    for (JsonNode item : feed) {
      SocialPost post = item.isObject() ? post(item.get("post")) : null;
      if (post != null && item.path("reason").path("$type").asText("").endsWith("#reasonRepost")) {
        post = repost(item.get("reason"), post);
      }
      if (post == null) {
        skipped++;
      } else {
        out.add(post);
      }
    }
    return new SocialPage(out, Json.text(root, "cursor"), skipped);
  }

  /**
   * Parses {@code getPostThread} ({@code {thread: threadViewPost}}): the ancestors (oldest first),
   * the post, then the replies depth first. Blocked or deleted entries are skipped and counted.
   */
  public SocialPage parseThread(byte[] body) throws SocialParseException {
    JsonNode thread = read(body).get("thread");
    if (thread == null || !thread.isObject()) {
      throw new SocialParseException("Bluesky answer lacks a thread");
    }
    List<SocialPost> out = new ArrayList<>();
    int[] skipped = {0};
    List<JsonNode> ancestors = new ArrayList<>();
    for (JsonNode p = thread.get("parent"); p != null && p.isObject(); p = p.get("parent")) {
      ancestors.add(0, p);
    }
    for (JsonNode ancestor : ancestors) {
      add(post(ancestor.get("post")), out, skipped);
    }
    replies(thread, out, skipped);
    return new SocialPage(out, null, skipped[0]);
  }

  private void replies(JsonNode node, List<SocialPost> out, int[] skipped) {
    add(post(node.get("post")), out, skipped);
    JsonNode replies = node.get("replies");
    if (replies != null && replies.isArray()) {
      for (JsonNode reply : replies) {
        replies(reply, out, skipped);
      }
    }
  }

  private static void add(SocialPost post, List<SocialPost> out, int[] skipped) {
    if (post == null) {
      skipped[0]++;
    } else {
      out.add(post);
    }
  }

  private SocialPost repost(JsonNode reason, SocialPost original) {
    JsonNode by = reason.get("by");
    String handle = Json.text(by, "handle");
    if (handle == null) {
      return null;
    }
    String uri = Json.text(reason, "uri");
    String id = uri != null ? uri : "repost:" + Json.text(by, "did") + ":" + original.postId();
    return new SocialPost(
        SocialPlatform.BLUESKY.id(),
        instance,
        id,
        original.url(),
        handle,
        Json.text(by, "displayName"),
        Json.instant(Json.text(reason, "indexedAt")),
        original.text(),
        original.language(),
        original.hashtags(),
        null,
        null,
        original.postId(),
        original);
  }

  SocialPost post(JsonNode view) {
    if (view == null || !view.isObject()) {
      return null;
    }
    String uri = Json.text(view, "uri");
    JsonNode author = view.get("author");
    String handle = Json.text(author, "handle");
    JsonNode record = view.get("record");
    if (uri == null
        || !uri.startsWith("at://")
        || handle == null
        || record == null
        || !record.isObject()) {
      return null;
    }
    Instant created = Json.instant(Json.text(record, "createdAt"));
    if (created == null) {
      created = Json.instant(Json.text(view, "indexedAt"));
    }
    List<String> langs = Json.texts(record.get("langs"), null);
    return new SocialPost(
        SocialPlatform.BLUESKY.id(),
        instance,
        uri,
        webUrl(handle, uri),
        handle,
        Json.text(author, "displayName"),
        created,
        Json.text(record, "text"),
        langs.isEmpty() ? null : langs.get(0),
        hashtags(record),
        Json.path(record, "reply", "parent", "uri"),
        quoted(record.get("embed")),
        null,
        null);
  }

  /** The web URL of a post: {@code https://bsky.app/profile/<handle>/post/<rkey>}. */
  static String webUrl(String handle, String atUri) {
    String rkey = atUri.substring(atUri.lastIndexOf('/') + 1);
    return WEB
        + "/profile/"
        + URLEncoder.encode(handle, StandardCharsets.UTF_8)
        + "/post/"
        + URLEncoder.encode(rkey, StandardCharsets.UTF_8);
  }

  private static List<String> hashtags(JsonNode record) {
    Set<String> tags = new LinkedHashSet<>();
    JsonNode facets = record.get("facets");
    if (facets != null && facets.isArray()) {
      for (JsonNode facet : facets) {
        for (JsonNode feature : facet.path("features")) {
          if ("app.bsky.richtext.facet#tag".equals(Json.text(feature, "$type"))) {
            String tag = Json.text(feature, "tag");
            if (tag != null && !tag.isBlank()) {
              tags.add(tag);
            }
          }
        }
      }
    }
    tags.addAll(Json.texts(record.get("tags"), null));
    return new ArrayList<>(tags);
  }

  private static String quoted(JsonNode embed) {
    if (embed == null || !embed.isObject()) {
      return null;
    }
    String type = Json.text(embed, "$type");
    if ("app.bsky.embed.record".equals(type)) {
      return Json.path(embed, "record", "uri");
    }
    if ("app.bsky.embed.recordWithMedia".equals(type)) {
      return Json.path(embed, "record", "record", "uri");
    }
    return null;
  }

  private static JsonNode read(byte[] body) throws SocialParseException {
    try {
      JsonNode root = Json.mapper().readTree(body);
      if (root == null || !root.isObject()) {
        throw new SocialParseException("Bluesky answer is not a JSON object");
      }
      return root;
    } catch (IOException e) {
      throw new SocialParseException("Bluesky answer is not JSON: " + e.getMessage(), e);
    }
  }
}
