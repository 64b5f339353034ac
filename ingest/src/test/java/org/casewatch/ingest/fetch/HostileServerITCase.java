package org.casewatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile answers to robots.txt and page fetches (reliability cases 27 and 46), against a real HTTP
 * server on loopback: a robots.txt is kept up to {@link HttpFetcher#MAX_ROBOTS_BYTES} and flagged
 * {@code truncated}, however large or compressed; a body cut by a reset is a typed failure and
 * nothing of it is kept.
 */
@SuppressForbidden(reason = "routes use the JDK HTTP server exchange")
class HostileServerITCase {

  private static final int KIB = 1024;

  private static final AtomicInteger LOOP_HITS = new AtomicInteger();

  private static LocalServer server;
  private static HttpFetcher fetcher;

  @BeforeAll
  static void start() throws IOException {
    server = LocalServer.start();
    fetcher =
        new HttpFetcher(FetchConfig.builder().allowAddress("127.0.0.1:" + server.port()).build());
    byte[] robots600k = robots(600 * KIB);
    byte[] gzipJunk = gzip(64 * 1024 * KIB);
    server
        .route("/small/robots.txt", ex -> LocalServer.respond(ex, 200, "text/plain", robots(4)))
        .route("/big/robots.txt", ex -> LocalServer.respond(ex, 200, "text/plain", robots600k))
        .route(
            "/huge/robots.txt",
            ex -> {
              // 6 MiB declared and sent: more than the page cap, so only a prefix may be read.
              ex.getResponseHeaders().set("Content-Type", "text/plain");
              ex.sendResponseHeaders(200, 6L * 1024 * KIB);
              try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 6 * 1024; i++) {
                  out.write(robots600k, 0, KIB);
                }
              } catch (IOException clientLeft) {
                // expected: the fetcher drops the connection once it has its prefix
              }
            })
        .route(
            "/bomb/robots.txt",
            ex -> {
              ex.getResponseHeaders().set("Content-Encoding", "gzip");
              LocalServer.respond(ex, 200, "text/plain", gzipJunk);
            })
        .route(
            "/loop/",
            ex -> {
              LOOP_HITS.incrementAndGet();
              boolean atA = ex.getRequestURI().getPath().equals("/loop/a");
              ex.getResponseHeaders().set("Location", atA ? "/loop/b" : "/loop/a");
              LocalServer.respond(ex, 302, null, new byte[0]);
            })
        .route(
            "/robots-hop/",
            ex -> {
              int left = Integer.parseInt(ex.getRequestURI().getPath().substring(12));
              ex.getResponseHeaders()
                  .set("Location", left == 0 ? "/small/robots.txt" : "/robots-hop/" + (left - 1));
              LocalServer.respond(ex, 302, null, new byte[0]);
            })
        .route(
            "/reset",
            ex -> {
              ex.getResponseHeaders().set("Content-Type", "text/html");
              ex.sendResponseHeaders(200, 100 * KIB);
              OutputStream out = ex.getResponseBody();
              out.write(new byte[10 * KIB]);
              out.flush();
              // Close with 90 KiB still owed: the server drops the connection mid-body.
              ex.close();
            });
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aSmallRobotsTxtIsKeptWhole() throws FetchException {
    FetchResult r = fetcher.fetch(FetchRequest.robots(server.base() + "/small/robots.txt"));
    assertThat(r.truncated()).isFalse();
    assertThat(r.body()).isEqualTo(robots(4));
  }

  @Test
  void a600KibRobotsTxtKeepsItsFirst512KibFlaggedTruncated() throws FetchException {
    FetchResult r = fetcher.fetch(FetchRequest.robots(server.base() + "/big/robots.txt"));
    assertThat(r.truncated()).isTrue();
    assertThat((long) r.body().length).isEqualTo(HttpFetcher.MAX_ROBOTS_BYTES);
    assertThat(r.body().length).isGreaterThanOrEqualTo(500 * KIB);
    String text = new String(r.body(), StandardCharsets.US_ASCII);
    assertThat(text).startsWith("User-agent: *\nDisallow: /private/0\n");
  }

  @Test
  void aRobotsTxtLargerThanThePageCapIsReadAsAPrefixNotRefused() throws FetchException {
    FetchResult r = fetcher.fetch(FetchRequest.robots(server.base() + "/huge/robots.txt"));
    assertThat(r.truncated()).isTrue();
    assertThat((long) r.body().length).isEqualTo(HttpFetcher.MAX_ROBOTS_BYTES);
  }

  @Test
  void aGzipBombRobotsTxtIsDecodedOnlyToTheCap() throws FetchException {
    FetchResult r = fetcher.fetch(FetchRequest.robots(server.base() + "/bomb/robots.txt"));
    assertThat(r.truncated()).isTrue();
    assertThat((long) r.body().length).isEqualTo(HttpFetcher.MAX_ROBOTS_BYTES);
  }

  @Test
  void aFeedGzipBombIsStillRefusedWhole() {
    // The prefix rule is for robots.txt only: a feed (or page) over its cap is a typed failure.
    FetchException e =
        failure(
            new FetchRequest(
                server.base() + "/bomb/robots.txt", FetchRequest.Purpose.FEED, null, null));
    assertThat(e.error()).isEqualTo(FetchError.TOO_LARGE);
    assertThat(e.getMessage()).contains("decompressed size");
  }

  @Test
  void aRedirectLoopStopsAtTheLimitWithoutAHotLoop() {
    LOOP_HITS.set(0);
    FetchException e = failure(FetchRequest.page(server.base() + "/loop/a"));
    assertThat(e.error()).isEqualTo(FetchError.TOO_MANY_REDIRECTS);
    // the first request and at most five redirects: six requests, never more
    assertThat(LOOP_HITS.get()).isEqualTo(FetchConfig.DEFAULT_MAX_REDIRECTS + 1);
  }

  @Test
  void aRobotsTxtIsFollowedThroughFiveRedirectsButNotSix() throws FetchException {
    // /robots-hop/4 redirects 5 times before reaching the file; /robots-hop/5 needs 6
    FetchResult five = fetcher.fetch(FetchRequest.robots(server.base() + "/robots-hop/4"));
    assertThat(five.redirects()).isEqualTo(5);
    assertThat(five.body()).isEqualTo(robots(4));
    FetchException six = failure(FetchRequest.robots(server.base() + "/robots-hop/5"));
    assertThat(six.error()).isEqualTo(FetchError.TOO_MANY_REDIRECTS);
  }

  @Test
  void aConnectionResetMidBodyIsANetworkErrorAndKeepsNothing() {
    FetchException e = failure(FetchRequest.page(server.base() + "/reset"));
    assertThat(e.error()).isEqualTo(FetchError.NETWORK);
    assertThat(e.url()).isEqualTo(server.base() + "/reset");
  }

  private static FetchException failure(FetchRequest request) {
    try {
      fetcher.fetch(request);
    } catch (FetchException e) {
      return e;
    }
    throw new AssertionError("fetch of " + request.url() + " did not fail");
  }

  /** A valid robots.txt of about {@code kib} KiB: one group with numbered Disallow lines. */
  private static byte[] robots(int kib) {
    StringBuilder b = new StringBuilder("User-agent: *\n");
    for (int i = 0; b.length() < kib * KIB; i++) {
      b.append("Disallow: /private/").append(i).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] gzip(int zeros) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      byte[] chunk = new byte[64 * KIB];
      for (int written = 0; written < zeros; written += chunk.length) {
        gz.write(chunk);
      }
    }
    return out.toByteArray();
  }
}
