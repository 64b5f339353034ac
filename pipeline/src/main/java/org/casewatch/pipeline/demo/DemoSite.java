package org.casewatch.pipeline.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.casewatch.pipeline.internal.SuppressForbidden;

/**
 * Serves the bundled demo sample, a small fictional news site with an RSS feed, from an HTTP server
 * bound to the loopback address on a free port.
 *
 * <p>The sample's files live on the classpath under {@value #RESOURCE_ROOT}. Text files may contain
 * the placeholder {@value #BASE_URL_PLACEHOLDER}, replaced when served by the server's base URL
 * (for example {@code http://127.0.0.1:41234}), so that feed links and canonical URLs are absolute
 * and point back at this server. Only {@code GET} and {@code HEAD} are answered; a path with no
 * file is a 404, which the demo feed uses on purpose to show a dead letter.
 *
 * <p>Usage: {@code try (DemoSite site = DemoSite.start()) { site.feedUrl(); }}. Thread-safe.
 */
@SuppressForbidden(
    reason =
        "com.sun.net.httpserver is the JDK's supported, exported HTTP server (module"
            + " jdk.httpserver); it serves the fictional demo site on loopback only")
public final class DemoSite implements AutoCloseable {

  /** Classpath folder holding the sample. */
  public static final String RESOURCE_ROOT = "org/casewatch/pipeline/demo";

  /** Placeholder replaced by the base URL in every served text file. */
  public static final String BASE_URL_PLACEHOLDER = "{{BASE_URL}}";

  private final HttpServer server;
  private final ExecutorService executor;
  private final String baseUrl;
  private final java.util.concurrent.ConcurrentHashMap<
          String, java.util.concurrent.atomic.AtomicInteger>
      requests = new java.util.concurrent.ConcurrentHashMap<>();

  private DemoSite(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
    this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Starts the server on 127.0.0.1 and a free port. */
  public static DemoSite start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      ExecutorService executor = Executors.newFixedThreadPool(4);
      DemoSite site = new DemoSite(server, executor);
      server.createContext("/", site::handle);
      server.setExecutor(executor);
      server.start();
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the demo site on the loopback address", e);
    }
  }

  /** The base URL, such as {@code http://127.0.0.1:41234}, without a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The URL of the demo RSS feed. */
  public String feedUrl() {
    return baseUrl + "/feed.xml";
  }

  /** The feed document as this server serves it, with absolute links. */
  public byte[] feedBytes() {
    try {
      byte[] bytes = load("feed.xml");
      if (bytes == null) {
        throw new IllegalStateException("the demo sample has no feed.xml on the classpath");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo feed", e);
    }
  }

  /** How many requests asked for {@code path} (such as {@code /feed.xml}) so far. */
  public int requests(String path) {
    java.util.concurrent.atomic.AtomicInteger n = requests.get(path);
    return n == null ? 0 : n.get();
  }

  /** How many requests asked for article pages under {@code /news/} so far. */
  public int articleRequests() {
    return requests.entrySet().stream()
        .filter(e -> e.getKey().startsWith("/news/"))
        .mapToInt(e -> e.getValue().get())
        .sum();
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!"GET".equals(method) && !"HEAD".equals(method)) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String path = normalise(exchange.getRequestURI());
      requests
          .computeIfAbsent(
              exchange.getRequestURI().getPath(),
              k -> new java.util.concurrent.atomic.AtomicInteger())
          .incrementAndGet();
      byte[] body = path == null ? null : load(path);
      if (body == null) {
        byte[] notFound = "not found\n".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(404, "HEAD".equals(method) ? -1 : notFound.length);
        if (!"HEAD".equals(method)) {
          exchange.getResponseBody().write(notFound);
        }
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", contentType(path));
      exchange.sendResponseHeaders(200, "HEAD".equals(method) ? -1 : body.length);
      if (!"HEAD".equals(method)) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  /** The resource path for a request, or null when it tries to leave the sample folder. */
  static String normalise(URI uri) {
    String path = uri.normalize().getPath();
    if (path == null || path.isEmpty() || "/".equals(path)) {
      return "index.html";
    }
    if (path.contains("..") || path.contains("\\") || !path.startsWith("/")) {
      return null;
    }
    return path.substring(1);
  }

  private byte[] load(String path) throws IOException {
    try (InputStream in =
        DemoSite.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + "/" + path)) {
      if (in == null) {
        return null;
      }
      byte[] bytes = in.readAllBytes();
      if (!isText(path)) {
        return bytes;
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      return text.replace(BASE_URL_PLACEHOLDER, baseUrl).getBytes(StandardCharsets.UTF_8);
    }
  }

  private static boolean isText(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".html") || p.endsWith(".xml") || p.endsWith(".txt") || p.endsWith(".json");
  }

  private static String contentType(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".html")) {
      return "text/html; charset=utf-8";
    } else if (p.endsWith(".xml")) {
      return "application/rss+xml; charset=utf-8";
    } else if (p.endsWith(".json")) {
      return "application/json";
    }
    return "text/plain; charset=utf-8";
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
