package org.casewatch.pipeline.status;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.casewatch.pipeline.internal.SuppressForbidden;

/**
 * A loopback web site whose pages tests change while the job runs: each path answers the status,
 * content type and body last {@link #put} for it, or 404. Counts requests per path. Thread-safe.
 */
@SuppressForbidden(reason = "the JDK HTTP server is the loopback test fixture")
public final class MutableSite implements AutoCloseable {

  /** One answer. */
  public record Page(int status, String contentType, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

  private MutableSite(HttpServer server) {
    this.server = server;
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a site on 127.0.0.1 and a free port. */
  public static MutableSite start() throws IOException {
    return new MutableSite(
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16));
  }

  /** The base URL, {@code http://127.0.0.1:<port>}. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The address to allow in the fetch configuration. */
  public String allowAddress() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /** The absolute URL of a path. */
  public String url(String path) {
    return base() + path;
  }

  /** Makes {@code path} answer with this status, type and body from now on. */
  public void put(String path, int status, String contentType, String body) {
    pages.put(path, new Page(status, contentType, body));
  }

  /** How many requests {@code path} received. */
  public int requests(String path) {
    AtomicInteger n = requests.get(path);
    return n == null ? 0 : n.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      requests.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
      Page page = pages.getOrDefault(path, new Page(404, "text/plain", "not found"));
      byte[] body = page.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", page.contentType());
      exchange.sendResponseHeaders(page.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
