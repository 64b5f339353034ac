package org.casewatch.ingest.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.casewatch.ingest.ArticleLoader;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.FetchError;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.robots.RobotsCache;
import org.casewatch.ingest.robots.RobotsPolicy;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;
import org.casewatch.model.FeedItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reliability case 32, a cross-host redirect, on two loopback fixtures (both allow-listed by port):
 * the target is treated as a new URL, so its own robots.txt decides before it is requested, and
 * nothing of the first host (its cookie) or of the URL (credentials) travels to the second. Also
 * case 26 end to end: a robots.txt redirected to another host's gives its rules to the original
 * origin (RFC 9309 2.3.1.2), cached under that origin.
 */
@SuppressForbidden(reason = "com.sun.net.httpserver fixtures on loopback")
class CrossOriginRedirectITCase {

  private static final String PAGE =
      "<html><head><title>Story</title></head><body><article><p>"
          + "Reporting about the council meeting and the harbour budget that went on late. "
              .repeat(8)
          + "</p></article></body></html>";

  private LocalServer first;
  private LocalServer second;
  private final AtomicInteger secondRobotsHits = new AtomicInteger();
  private final AtomicInteger privateHits = new AtomicInteger();
  private final List<String> cookiesAtSecond = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    first = LocalServer.start();
    second = LocalServer.start();
    second
        .route(
            "/robots.txt",
            ex -> {
              secondRobotsHits.incrementAndGet();
              LocalServer.respond(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
            })
        .route(
            "/private/",
            ex -> {
              privateHits.incrementAndGet();
              LocalServer.respond(ex, 200, "text/html", PAGE);
            })
        .route(
            "/public/",
            ex -> {
              String cookie = ex.getRequestHeaders().getFirst("Cookie");
              String auth = ex.getRequestHeaders().getFirst("Authorization");
              if (cookie != null || auth != null) {
                cookiesAtSecond.add(cookie + " " + auth);
              }
              LocalServer.respond(ex, 200, "text/html", PAGE);
            });
    first
        .route("/robots.txt", ex -> LocalServer.respond(ex, 200, "text/plain", "User-agent: *\n"))
        .route("/to-private", ex -> redirect(ex, second.base() + "/private/story"))
        .route("/to-public", ex -> redirect(ex, second.base() + "/public/story"))
        .route(
            "/to-credentials",
            ex -> redirect(ex, second.base().replace("://", "://user:secret@") + "/public/x"))
        .route("/same-origin", ex -> redirect(ex, "/local/story"))
        .route("/local/", ex -> LocalServer.respond(ex, 200, "text/html", PAGE));
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location)
      throws java.io.IOException {
    ex.getResponseHeaders().set("Set-Cookie", "session=first-host; Path=/");
    ex.getResponseHeaders().set("Location", location);
    LocalServer.respond(ex, 302, null, new byte[0]);
  }

  @AfterEach
  void stop() {
    first.close();
    second.close();
  }

  private ArticleLoader loader() {
    HttpFetcher fetcher =
        new HttpFetcher(
            FetchConfig.builder()
                .allowAddress("127.0.0.1:" + first.port())
                .allowAddress("127.0.0.1:" + second.port())
                .build());
    return new ArticleLoader(
        fetcher,
        new ArticleExtractor(),
        Clock.systemUTC(),
        new RobotsGuard(fetcher, RobotsPolicy.defaults(), RobotsCache.builder().build()),
        null,
        Duration.ZERO);
  }

  private ArticleLoader.Outcome load(ArticleLoader loader, String path) {
    return loader.load(new FeedItem(first.base() + "/feed", path, first.base() + path, "t", null));
  }

  @Test
  void aRedirectToAPageTheOtherHostsRobotsDisallowsIsRefusedBeforeItIsRequested() {
    ArticleLoader.Outcome outcome = load(loader(), "/to-private");

    assertThat(outcome.article()).isNull();
    assertThat(outcome.deadLetter().errorType()).isEqualTo(FetchError.REDIRECT_REFUSED.name());
    assertThat(outcome.deadLetter().reason())
        .contains("robots.txt of " + second.base())
        .contains("disallows /private/story");
    assertThat(secondRobotsHits).hasValue(1);
    assertThat(privateHits).hasValue(0);
  }

  @Test
  void anAllowedTargetIsFetchedWithoutTheFirstHostsCookieOrCredentials() {
    ArticleLoader loader = loader();
    ArticleLoader.Outcome outcome = load(loader, "/to-public");

    assertThat(outcome.article()).isNotNull();
    assertThat(outcome.article().url()).isEqualTo(second.base() + "/public/story");
    assertThat(cookiesAtSecond).isEmpty();

    ArticleLoader.Outcome credentials = load(loader, "/to-credentials");
    assertThat(credentials.deadLetter().errorType()).isEqualTo(FetchError.BAD_URL.name());
    assertThat(cookiesAtSecond).isEmpty();
    assertThat(second.hits()).as("robots.txt and one page").isEqualTo(2);
  }

  @Test
  void aRobotsTxtRedirectedToAnotherHostGivesItsRulesToTheOriginalOrigin() throws Exception {
    try (LocalServer third = LocalServer.start()) {
      third.route("/robots.txt", ex -> redirect(ex, second.base() + "/robots.txt"));
      HttpFetcher fetcher =
          new HttpFetcher(
              FetchConfig.builder()
                  .allowAddress("127.0.0.1:" + second.port())
                  .allowAddress("127.0.0.1:" + third.port())
                  .build());
      RobotsGuard guard =
          new RobotsGuard(fetcher, RobotsPolicy.defaults(), RobotsCache.builder().build());

      assertThat(
              guard
                  .rulesFor(URI.create(third.base() + "/private/a"))
                  .isAllowed(third.base() + "/private/a"))
          .isFalse();
      assertThat(
              guard
                  .rulesFor(URI.create(third.base() + "/public/a"))
                  .isAllowed(third.base() + "/public/a"))
          .isTrue();
      assertThat(secondRobotsHits).as("fetched once, cached under the original origin").hasValue(1);

      // The target's own origin has its own cache entry: its robots.txt is read for it.
      guard.rulesFor(URI.create(second.base() + "/public/a"));
      assertThat(secondRobotsHits).hasValue(2);
      assertThat(third.hits()).isEqualTo(1);
    }
  }

  @Test
  void aSameOriginRedirectNeedsNoSecondRobotsCheck() {
    ArticleLoader.Outcome outcome = load(loader(), "/same-origin");

    assertThat(outcome.article()).isNotNull();
    assertThat(outcome.article().url()).isEqualTo(first.base() + "/local/story");
    assertThat(second.hits()).isZero();
  }
}
