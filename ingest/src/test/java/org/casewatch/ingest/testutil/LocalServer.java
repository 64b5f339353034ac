package org.casewatch.ingest.testutil;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/** An in-process HTTP server on a loopback address that counts the requests it receives. */
@SuppressForbidden(reason = "the JDK HTTP server is the loopback test fixture")
public final class LocalServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final AtomicInteger hits = new AtomicInteger();

  private LocalServer(HttpServer server) {
    this.server = server;
    server.setExecutor(executor);
    server.start();
  }

  /** A server on an ephemeral port of 127.0.0.1. */
  public static LocalServer start() throws IOException {
    return start("127.0.0.1");
  }

  /** A server on an ephemeral port of a loopback address. */
  public static LocalServer start(String address) throws IOException {
    return start(address, 0);
  }

  /** A server on a given port (0: ephemeral) of a loopback address. */
  public static LocalServer start(String address, int port) throws IOException {
    return new LocalServer(
        HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), port), 0));
  }

  /**
   * An HTTPS server on an ephemeral port of a loopback address, presenting the key of {@code tls}
   * (a test's throwaway certificate); {@link #base()} then starts with {@code https://}.
   */
  public static LocalServer startHttps(String address, SSLContext tls) throws IOException {
    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    return new LocalServer(server);
  }

  /** Registers a route. */
  public LocalServer route(String path, HttpHandler handler) {
    server.createContext(
        path,
        exchange -> {
          hits.incrementAndGet();
          try (exchange) {
            handler.handle(exchange);
          }
        });
    return this;
  }

  /** The base URL, such as {@code http://127.0.0.1:40123}. */
  public String base() {
    return (server instanceof HttpsServer ? "https://" : "http://")
        + server.getAddress().getAddress().getHostAddress()
        + ":"
        + server.getAddress().getPort();
  }

  /** The port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** How many requests arrived. */
  public int hits() {
    return hits.get();
  }

  /** Sends a complete response. */
  public static void respond(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    if (type != null) {
      exchange.getResponseHeaders().set("Content-Type", type);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Sends a complete UTF-8 text response. */
  public static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    respond(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
