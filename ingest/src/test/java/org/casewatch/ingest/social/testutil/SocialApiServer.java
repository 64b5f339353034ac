package org.casewatch.ingest.social.testutil;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.casewatch.ingest.social.internal.Json;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;

/**
 * A loopback server speaking just enough of three social APIs, over an in-memory list of posts per
 * platform: Mastodon {@code /api/v1/timelines/tag/{tag}} ({@code limit}, {@code since_id}, {@code
 * max_id}, {@code Link} next/prev headers), Bluesky {@code /xrpc/app.bsky.feed.searchPosts} ({@code
 * limit}, {@code cursor}) and Reddit {@code /r/{sub}/new.json} ({@code limit}, {@code after}).
 * Canned failures (a 429 with rate-limit headers, a 400 for stored cursors) are queued by tests;
 * every request is logged with its arrival time.
 */
@SuppressForbidden(reason = "the JDK HTTP server is the loopback test fixture")
public final class SocialApiServer implements AutoCloseable {

  /** One logged request. */
  public record Request(String path, Map<String, String> params, Instant at, int status) {}

  private record Post(String id, Instant created, String text) {}

  private final LocalServer server;
  private final List<Post> mastodon = new CopyOnWriteArrayList<>();
  private final List<Post> bluesky = new CopyOnWriteArrayList<>();
  private final List<Post> reddit = new CopyOnWriteArrayList<>();
  private final Deque<Map<String, String>> failures = new ArrayDeque<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile boolean rejectCursors;
  private volatile Map<String, String> successHeaders = Map.of();

  private SocialApiServer(LocalServer server) {
    this.server = server;
    server.route("/api/v1/timelines/tag/", this::mastodon);
    server.route("/xrpc/app.bsky.feed.searchPosts", this::bluesky);
    server.route("/r/", this::reddit);
  }

  /** A server on 127.0.0.1. */
  public static SocialApiServer start() throws IOException {
    return new SocialApiServer(LocalServer.start());
  }

  /** The origin, such as {@code http://127.0.0.1:40123}. */
  public String base() {
    return server.base();
  }

  /** Adds a Mastodon status with a numeric id. */
  public void addMastodon(long id, Instant created, String html) {
    mastodon.add(new Post(Long.toString(id), created, html));
  }

  /** Adds a Bluesky post with a record key. */
  public void addBluesky(String rkey, Instant created, String text) {
    bluesky.add(new Post(rkey, created, text));
  }

  /** Adds a Reddit submission with a base-36 id. */
  public void addReddit(String id, Instant created, String title) {
    reddit.add(new Post(id, created, title));
  }

  /** Queues a failure answered to the next request: a map with {@code status} and header values. */
  public synchronized void failNext(Map<String, String> statusAndHeaders) {
    failures.add(statusAndHeaders);
  }

  /**
   * Whether requests carrying a stored cursor ({@code max_id}, {@code cursor}, {@code after},
   * {@code since_id}) get a 400.
   */
  public void rejectCursors(boolean reject) {
    this.rejectCursors = reject;
  }

  /** Headers added to every successful answer (for example an exhausted quota). */
  public void successHeaders(Map<String, String> headers) {
    this.successHeaders = Map.copyOf(headers);
  }

  /** The requests so far. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  private synchronized Map<String, String> nextFailure() {
    return failures.poll();
  }

  private boolean refused(HttpExchange exchange, Map<String, String> params, String... cursors)
      throws IOException {
    Map<String, String> failure = nextFailure();
    int status = 0;
    if (failure != null) {
      status = Integer.parseInt(failure.get("status"));
      failure.forEach(
          (k, v) -> {
            if (!k.equals("status")) {
              exchange.getResponseHeaders().set(k, v);
            }
          });
    } else if (rejectCursors) {
      for (String c : cursors) {
        if (params.containsKey(c)) {
          status = 400;
        }
      }
    }
    if (status == 0) {
      return false;
    }
    log(exchange, params, status);
    LocalServer.respond(exchange, status, "application/json", "{\"error\":\"refused by fixture\"}");
    return true;
  }

  private void log(HttpExchange exchange, Map<String, String> params, int status) {
    requests.add(new Request(exchange.getRequestURI().getPath(), params, Instant.now(), status));
  }

  private void ok(HttpExchange exchange, Map<String, String> params, String json)
      throws IOException {
    successHeaders.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    log(exchange, params, 200);
    LocalServer.respond(exchange, 200, "application/json; charset=utf-8", json);
  }

  private void mastodon(HttpExchange exchange) throws IOException {
    Map<String, String> params = params(exchange);
    if (refused(exchange, params, "max_id", "since_id")) {
      return;
    }
    int limit = Integer.parseInt(params.getOrDefault("limit", "20"));
    long since = Long.parseLong(params.getOrDefault("since_id", "-1"));
    long max = Long.parseLong(params.getOrDefault("max_id", Long.toString(Long.MAX_VALUE)));
    List<Post> page =
        mastodon.stream()
            .filter(p -> Long.parseLong(p.id()) > since && Long.parseLong(p.id()) < max)
            .sorted(Comparator.comparing((Post p) -> Long.parseLong(p.id())).reversed())
            .limit(limit)
            .toList();
    ArrayNode array = Json.mapper().createArrayNode();
    for (Post p : page) {
      ObjectNode status = array.addObject();
      status.put("id", p.id());
      status.put("created_at", p.created().toString());
      status.putNull("in_reply_to_id");
      status.put("language", "en");
      status.put("url", base() + "/@user" + p.id() + "/" + p.id());
      status.put("content", p.text());
      status.put("spoiler_text", "");
      status.putArray("tags").addObject().put("name", "metoo");
      status.putNull("reblog");
      ObjectNode account = status.putObject("account");
      account.put(
          "acct", "user" + p.id() + (Long.parseLong(p.id()) % 2 == 0 ? "" : "@remote.example"));
      account.put("display_name", "User " + p.id());
    }
    if (!page.isEmpty()) {
      String path = exchange.getRequestURI().getPath();
      String next = base() + path + "?limit=" + limit + "&max_id=" + page.get(page.size() - 1).id();
      String prev = base() + path + "?limit=" + limit + "&min_id=" + page.get(0).id();
      exchange
          .getResponseHeaders()
          .set("Link", "<" + next + ">; rel=\"next\", <" + prev + ">; rel=\"prev\"");
    }
    ok(exchange, params, array.toString());
  }

  private void bluesky(HttpExchange exchange) throws IOException {
    Map<String, String> params = params(exchange);
    if (refused(exchange, params, "cursor")) {
      return;
    }
    int limit = Integer.parseInt(params.getOrDefault("limit", "25"));
    int offset = Integer.parseInt(params.getOrDefault("cursor", "0"));
    List<Post> sorted =
        bluesky.stream().sorted(Comparator.comparing(Post::created).reversed()).toList();
    List<Post> page =
        sorted.subList(Math.min(offset, sorted.size()), Math.min(offset + limit, sorted.size()));
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode posts = root.putArray("posts");
    for (Post p : page) {
      ObjectNode view = posts.addObject();
      view.put("uri", "at://did:plc:fixture/app.bsky.feed.post/" + p.id());
      view.putObject("author").put("handle", "fixture.bsky.social").put("displayName", "Fixture");
      ObjectNode record = view.putObject("record");
      record.put("$type", "app.bsky.feed.post");
      record.put("createdAt", p.created().toString());
      record.put("text", p.text());
      record.putArray("langs").add("en");
    }
    if (offset + limit < sorted.size()) {
      root.put("cursor", Integer.toString(offset + limit));
    }
    ok(exchange, params, root.toString());
  }

  private void reddit(HttpExchange exchange) throws IOException {
    Map<String, String> params = params(exchange);
    if (refused(exchange, params, "after")) {
      return;
    }
    int limit = Integer.parseInt(params.getOrDefault("limit", "25"));
    List<Post> sorted =
        reddit.stream().sorted(Comparator.comparing(Post::created).reversed()).toList();
    int start = 0;
    if (params.containsKey("after")) {
      for (int i = 0; i < sorted.size(); i++) {
        if (("t3_" + sorted.get(i).id()).equals(params.get("after"))) {
          start = i + 1;
        }
      }
    }
    List<Post> page = sorted.subList(start, Math.min(start + limit, sorted.size()));
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("kind", "Listing");
    ObjectNode data = root.putObject("data");
    ArrayNode children = data.putArray("children");
    for (Post p : page) {
      ObjectNode thing = children.addObject();
      thing.put("kind", "t3");
      ObjectNode d = thing.putObject("data");
      d.put("id", p.id());
      d.put("name", "t3_" + p.id());
      d.put("author", "redditor_" + p.id());
      d.put("created_utc", p.created().getEpochSecond());
      d.put("title", p.text());
      d.put("selftext", "");
      d.put("subreddit", "metoo");
      d.put("permalink", "/r/metoo/comments/" + p.id() + "/post/");
    }
    if (start + limit < sorted.size() && !page.isEmpty()) {
      data.put("after", "t3_" + page.get(page.size() - 1).id());
    } else {
      data.putNull("after");
    }
    ok(exchange, params, root.toString());
  }

  private static Map<String, String> params(HttpExchange exchange) {
    Map<String, String> params = new HashMap<>();
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return params;
  }

  /** The ids of the requests' parameters, in order, for one parameter name. */
  public List<String> param(String name) {
    List<String> values = new ArrayList<>();
    for (Request r : requests) {
      values.add(r.params().get(name));
    }
    return values;
  }

  @Override
  public void close() {
    server.close();
  }
}
