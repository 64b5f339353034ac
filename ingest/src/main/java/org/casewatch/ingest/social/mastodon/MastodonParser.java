package org.casewatch.ingest.social.mastodon;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casewatch.ingest.social.SocialPage;
import org.casewatch.ingest.social.SocialParseException;
import org.casewatch.ingest.social.SocialPlatform;
import org.casewatch.ingest.social.internal.HtmlText;
import org.casewatch.ingest.social.internal.Json;
import org.casewatch.ingest.social.internal.LinkHeader;
import org.casewatch.model.SocialPost;

/**
 * Parses Mastodon API answers (timelines, a status, a status context, streaming lines) into {@link
 * SocialPost}s.
 *
 * <p>A status maps as: id; url (else uri); handle {@code acct}, completed with the instance for
 * local accounts; display name; {@code created_at}; text from {@code spoiler_text} and {@code
 * content} reduced to plain text; language; {@code tags[].name}; {@code in_reply_to_id}; the quoted
 * status of {@code quote} (Mastodon 4.5); a boost ({@code reblog}) becomes a post whose {@code
 * repostOf} is the boosted status, with its text. A status without id, url or account is malformed:
 * it is skipped and counted. Thread-safe.
 */
public final class MastodonParser {

  private final String instance;

  /**
   * A parser for answers of one instance.
   *
   * @param instance the instance host, such as {@code mastodon.social}
   */
  public MastodonParser(String instance) {
    this.instance = Objects.requireNonNull(instance, "instance");
  }

  /**
   * Parses a timeline (a JSON array of statuses) and its {@code Link} header.
   *
   * @param body the answer body
   * @param linkHeader the {@code Link} header, or null
   * @return the statuses, newest first, and the {@code rel="next"} link as the next cursor
   * @throws SocialParseException when the body is not a JSON array
   */
  public SocialPage parseTimeline(byte[] body, String linkHeader) throws SocialParseException {
    JsonNode root = read(body);
    if (!root.isArray()) {
      throw new SocialParseException("Mastodon timeline is not a JSON array");
    }
    List<SocialPost> posts = new ArrayList<>();
    int skipped = statuses(root, posts);
    return new SocialPage(posts, LinkHeader.parse(linkHeader).get("next"), skipped);
  }

  /** Parses one status ({@code GET /api/v1/statuses/:id}). */
  public SocialPost parseStatus(byte[] body) throws SocialParseException {
    SocialPost post = status(read(body));
    if (post == null) {
      throw new SocialParseException("Mastodon status is malformed");
    }
    return post;
  }

  /** Parses a status context: ancestors, then descendants. */
  public SocialPage parseContext(byte[] body) throws SocialParseException {
    JsonNode root = read(body);
    if (!root.isObject()
        || !root.path("ancestors").isArray()
        || !root.path("descendants").isArray()) {
      throw new SocialParseException("Mastodon context lacks ancestors or descendants");
    }
    List<SocialPost> posts = new ArrayList<>();
    int skipped = statuses(root.get("ancestors"), posts) + statuses(root.get("descendants"), posts);
    return new SocialPage(posts, null, skipped);
  }

  /**
   * Parses newline-delimited statuses (one JSON status per line, as the streaming API's {@code
   * update} payloads): a line that is not a JSON status is skipped and counted; blank lines are
   * ignored.
   */
  public SocialPage parseStream(InputStream in) throws IOException {
    List<SocialPost> posts = new ArrayList<>();
    int skipped = 0;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      SocialPost post;
      try {
        post = status(Json.mapper().readTree(line));
      } catch (JacksonException e) {
        post = null;
      }
      if (post == null) {
        skipped++;
      } else {
        posts.add(post);
      }
    }
    return new SocialPage(posts, null, skipped);
  }

  private int statuses(JsonNode array, List<SocialPost> out) {
    int skipped = 0;
    for (JsonNode node : array) {
      SocialPost post = status(node);
      if (post == null) {
        skipped++;
      } else {
        out.add(post);
      }
    }
    return skipped;
  }

  /** The status as a post, or null when it is malformed. */
  SocialPost status(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    String id = Json.text(node, "id");
    String url = Json.text(node, "url");
    if (url == null) {
      url = Json.text(node, "uri");
    }
    JsonNode account = node.get("account");
    String acct = Json.text(account, "acct");
    if (id == null || url == null || acct == null) {
      return null;
    }
    SocialPost reblog = null;
    JsonNode reblogNode = node.get("reblog");
    if (reblogNode != null && !reblogNode.isNull()) {
      reblog = status(reblogNode);
      if (reblog == null) {
        return null;
      }
    }
    String text = text(node);
    if (text.isEmpty() && reblog != null) {
      text = reblog.text();
    }
    Instant created = Json.instant(Json.text(node, "created_at"));
    List<String> tags = Json.texts(node.get("tags"), "name");
    if (tags.isEmpty() && reblog != null) {
      tags = reblog.hashtags();
    }
    String language = Json.text(node, "language");
    return new SocialPost(
        SocialPlatform.MASTODON.id(),
        instance,
        id,
        url,
        acct.contains("@") ? acct : acct + "@" + instance,
        Json.text(account, "display_name"),
        created,
        text,
        language == null && reblog != null ? reblog.language() : language,
        tags,
        Json.text(node, "in_reply_to_id"),
        quoted(node.get("quote")),
        reblog == null ? null : reblog.postId(),
        reblog);
  }

  private static String text(JsonNode node) {
    String content = HtmlText.toText(Json.text(node, "content"));
    String spoiler = Json.text(node, "spoiler_text");
    if (spoiler == null || spoiler.isBlank()) {
      return content;
    }
    return content.isEmpty() ? spoiler.strip() : spoiler.strip() + "\n\n" + content;
  }

  private static String quoted(JsonNode quote) {
    if (quote == null || !quote.isObject()) {
      return null;
    }
    String id = Json.path(quote, "quoted_status", "id");
    return id != null ? id : Json.text(quote, "quoted_status_id");
  }

  private static JsonNode read(byte[] body) throws SocialParseException {
    try {
      JsonNode root = Json.mapper().readTree(body);
      if (root == null || root.isMissingNode()) {
        throw new SocialParseException("empty Mastodon answer");
      }
      return root;
    } catch (IOException e) {
      throw new SocialParseException("Mastodon answer is not JSON: " + e.getMessage(), e);
    }
  }
}
