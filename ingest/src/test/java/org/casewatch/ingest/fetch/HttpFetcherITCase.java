package org.casewatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gateway against real HTTP servers on loopback; only 127.0.0.1 is allow-listed. */
@SuppressForbidden(reason = "routes use the JDK HTTP server exchange")
class HttpFetcherITCase {

  private static final String PAGE =
      "<html><head><meta charset=utf-8><title>t</title></head><body><p>é ł ж 中</p></body></html>";

  private static LocalServer server;
  private static LocalServer canary;
  private static String canaryBase;
  private static FetchConfig config;

  @BeforeAll
  static void start() throws IOException {
    server = LocalServer.start();
    try {
      canary = LocalServer.start("127.0.0.2");
      config = FetchConfig.builder().allowAddress("127.0.0.1").build();
    } catch (IOException bindFailed) {
      // No 127.0.0.2 on this kernel: the canary listens on another, non-allow-listed port.
      canary = LocalServer.start("127.0.0.1");
      config = FetchConfig.builder().allowAddress("127.0.0.1:" + server.port()).build();
    }
    canaryBase = canary.base();
    canary.route("/", ex -> LocalServer.respond(ex, 200, "text/html", "canary"));
    server
        .route("/page", ex -> LocalServer.respond(ex, 200, "text/html; charset=utf-8", PAGE))
        .route(
            "/gzip",
            ex -> {
              ex.getResponseHeaders().set("Content-Encoding", "gzip");
              LocalServer.respond(
                  ex, 200, "text/html", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
            })
        .route(
            "/gzip-bomb",
            ex -> {
              ex.getResponseHeaders().set("Content-Encoding", "gzip");
              LocalServer.respond(ex, 200, "text/html", gzip(new byte[20 * 1024 * 1024]));
            })
        .route(
            "/hop/",
            ex -> {
              int left = Integer.parseInt(ex.getRequestURI().getPath().substring(5));
              ex.getResponseHeaders().set("Location", left == 0 ? "/page" : "/hop/" + (left - 1));
              LocalServer.respond(ex, 302, null, new byte[0]);
            })
        .route(
            "/to-canary",
            ex -> {
              ex.getResponseHeaders().set("Location", canaryBase + "/");
              LocalServer.respond(ex, 302, null, new byte[0]);
            })
        .route(
            "/declared-huge",
            ex -> {
              ex.getResponseHeaders().set("Content-Type", "text/html");
              ex.sendResponseHeaders(200, 500_000_000L);
              ex.getResponseBody().write(new byte[1024]);
            })
        .route(
            "/chunked-huge",
            ex -> {
              ex.getResponseHeaders().set("Content-Type", "text/html");
              ex.sendResponseHeaders(200, 0);
              byte[] chunk = new byte[64 * 1024];
              java.util.Arrays.fill(chunk, (byte) 'a');
              try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 200; i++) { // 12.5 MiB at most
                  out.write(chunk);
                }
              } catch (IOException clientGone) {
                // expected: the client stops reading at its cap
              }
            })
        .route(
            "/slow",
            ex -> {
              ex.getResponseHeaders().set("Content-Type", "text/html");
              ex.sendResponseHeaders(200, 0);
              try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) { // one byte every 100 ms, 10 s at most
                  out.write('x');
                  out.flush();
                  Thread.sleep(100);
                }
              } catch (IOException | InterruptedException clientGone) {
                // expected: the client gives up at its deadline
              }
            })
        .route(
            "/to-long",
            ex -> {
              ex.getResponseHeaders()
                  .set("Location", "/page?" + "a".repeat(HttpFetcher.MAX_URL_LENGTH));
              LocalServer.respond(ex, 302, null, new byte[0]);
            })
        .route("/missing", ex -> LocalServer.respond(ex, 404, "text/html", "not here"))
        .route("/image", ex -> LocalServer.respond(ex, 200, "image/png", new byte[] {1, 2, 3}))
        .route("/empty", ex -> LocalServer.respond(ex, 200, "text/html", new byte[0]))
        .route(
            "/feed",
            ex -> {
              if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalServer.respond(ex, 304, null, new byte[0]);
              } else {
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                LocalServer.respond(ex, 200, "application/rss+xml", "<rss/>");
              }
            });
  }

  @AfterAll
  static void stop() {
    server.close();
    canary.close();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static FetchException failure(HttpFetcher fetcher, FetchRequest request) {
    try {
      fetcher.fetch(request);
    } catch (FetchException e) {
      return e;
    }
    throw new AssertionError("fetch of " + request.url() + " did not fail");
  }

  @Test
  void fetchesAPageWithHeaderCharset() throws FetchException {
    FetchResult r = new HttpFetcher(config).fetchPage(server.base() + "/page");
    assertThat(r.status()).isEqualTo(200);
    assertThat(new String(r.body(), r.charset())).isEqualTo(PAGE);
    assertThat(r.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(r.redirects()).isZero();
  }

  @Test
  void decodesGzipAndCapsAGzipBomb() throws FetchException {
    HttpFetcher fetcher = new HttpFetcher(config);
    FetchResult r = fetcher.fetchPage(server.base() + "/gzip");
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);

    FetchException bomb = failure(fetcher, FetchRequest.page(server.base() + "/gzip-bomb"));
    assertThat(bomb.error()).isEqualTo(FetchError.TOO_LARGE);
    assertThat(bomb.getMessage()).contains("decompressed size");
  }

  @Test
  void followsRedirectsUpToTheLimit() throws FetchException {
    HttpFetcher fetcher = new HttpFetcher(config);
    FetchResult three = fetcher.fetchPage(server.base() + "/hop/2");
    assertThat(three.redirects()).isEqualTo(3);
    assertThat(three.finalUrl()).isEqualTo(server.base() + "/page");
    assertThat(three.requestedUrl()).isEqualTo(server.base() + "/hop/2");

    assertThat(fetcher.fetchPage(server.base() + "/hop/4").redirects()).isEqualTo(5);

    FetchException six = failure(fetcher, FetchRequest.page(server.base() + "/hop/5"));
    assertThat(six.error()).isEqualTo(FetchError.TOO_MANY_REDIRECTS);
    assertThat(six.status()).isEqualTo(302);
  }

  @Test
  void blockedAddressesAreNeverContacted() {
    HttpFetcher fetcher = new HttpFetcher(config);
    int port = canary.port();
    String host = canaryBase.substring("http://".length(), canaryBase.lastIndexOf(':'));
    List<String> urls =
        host.equals("127.0.0.2")
            ? List.of(
                canaryBase + "/",
                "http://2130706434:" + port + "/",
                "http://0x7f000002:" + port + "/",
                "http://0177.0.0.2:" + port + "/",
                "http://127.2:" + port + "/",
                "http://[::ffff:127.0.0.2]:" + port + "/",
                "http://localhost.:" + port + "/")
            : List.of(canaryBase + "/", "http://localhost.:" + port + "/");
    for (String url : urls) {
      assertThat(failure(fetcher, FetchRequest.page(url)).error())
          .as(url)
          .isEqualTo(FetchError.BLOCKED_ADDRESS);
    }
    FetchException redirected = failure(fetcher, FetchRequest.page(server.base() + "/to-canary"));
    assertThat(redirected.error()).isEqualTo(FetchError.BLOCKED_ADDRESS);
    assertThat(redirected.url()).isEqualTo(canaryBase + "/");
    assertThat(canary.hits()).isZero();
  }

  @Test
  void capsBodiesDeclaredOrStreamed() {
    HttpFetcher fetcher = new HttpFetcher(config.toBuilder().maxBodyBytes(2 * 1024 * 1024).build());
    FetchException declared = failure(fetcher, FetchRequest.page(server.base() + "/declared-huge"));
    assertThat(declared.error()).isEqualTo(FetchError.TOO_LARGE);
    assertThat(declared.getMessage()).contains("Content-Length 500000000");

    FetchException streamed = failure(fetcher, FetchRequest.page(server.base() + "/chunked-huge"));
    assertThat(streamed.error()).isEqualTo(FetchError.TOO_LARGE);
  }

  @Test
  void totalDeadlineStopsASlowBody() {
    HttpFetcher fetcher =
        new HttpFetcher(config.toBuilder().totalTimeout(Duration.ofMillis(800)).build());
    long start = System.nanoTime();
    FetchException slow = failure(fetcher, FetchRequest.page(server.base() + "/slow"));
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    assertThat(slow.error()).isEqualTo(FetchError.TIMEOUT);
    assertThat(elapsedMillis).isLessThan(8_000);
  }

  @Test
  void typesStatusContentAndEmptyFailures() {
    HttpFetcher fetcher = new HttpFetcher(config);
    FetchException missing = failure(fetcher, FetchRequest.page(server.base() + "/missing"));
    assertThat(missing.error()).isEqualTo(FetchError.HTTP_STATUS);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.url()).isEqualTo(server.base() + "/missing");
    assertThat(failure(fetcher, FetchRequest.page(server.base() + "/image")).error())
        .isEqualTo(FetchError.NOT_HTML);
    assertThat(failure(fetcher, FetchRequest.page(server.base() + "/empty")).error())
        .isEqualTo(FetchError.EMPTY);
    assertThat(failure(fetcher, FetchRequest.page("file:///etc/hostname")).error())
        .isEqualTo(FetchError.BAD_SCHEME);
  }

  @Test
  void urlsLongerThanTheCapAreRefusedBeforeAnyRequestOrAtTheRedirect() throws FetchException {
    HttpFetcher fetcher = new HttpFetcher(config);
    String atCap = server.base() + "/page?";
    atCap += "b".repeat(HttpFetcher.MAX_URL_LENGTH - atCap.length());
    assertThat(fetcher.fetchPage(atCap).status()).isEqualTo(200);

    int before = server.hits();
    FetchException tooLong = failure(fetcher, FetchRequest.page(atCap + "b"));
    assertThat(tooLong.error()).isEqualTo(FetchError.URL_TOO_LONG);
    assertThat(tooLong.getMessage()).contains("2049 characters");
    assertThat(server.hits()).as("refused before connecting").isEqualTo(before);

    FetchException redirected = failure(fetcher, FetchRequest.page(server.base() + "/to-long"));
    assertThat(redirected.error()).isEqualTo(FetchError.URL_TOO_LONG);
    assertThat(redirected.url()).isEqualTo(server.base() + "/to-long");
    assertThat(server.hits()).as("only the redirecting page").isEqualTo(before + 1);
  }

  @Test
  void conditionalFeedFetchGetsNotModified() throws FetchException {
    HttpFetcher fetcher = new HttpFetcher(config);
    FetchResult first = fetcher.fetch(FetchRequest.feed(server.base() + "/feed", null, null));
    assertThat(first.etag()).isEqualTo("\"v1\"");
    assertThat(first.notModified()).isFalse();
    FetchResult second = fetcher.fetch(FetchRequest.feed(server.base() + "/feed", "\"v1\"", null));
    assertThat(second.notModified()).isTrue();
    assertThat(second.body()).isEmpty();
  }
}
