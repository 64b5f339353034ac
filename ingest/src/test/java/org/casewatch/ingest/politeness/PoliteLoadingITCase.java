package org.casewatch.ingest.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.casewatch.ingest.ArticleLoader;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.robots.RobotsCache;
import org.casewatch.ingest.robots.RobotsPolicy;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;
import org.casewatch.model.FeedItem;
import org.junit.jupiter.api.Test;

/** robots.txt and per-host pacing on real HTTP over loopback. */
@SuppressForbidden(reason = "com.sun.net.httpserver fixtures on loopback")
class PoliteLoadingITCase {

  private static final String PAGE =
      "<html><head><title>Story</title></head><body><article>"
          + "<p>A long enough paragraph of reporting about the council meeting that went on late."
          + " Councillors argued about the harbour budget and the ferry timetable for hours.</p>"
              .repeat(1)
          + "<p>"
          + "More reporting about the budget, the ferry and the festival. ".repeat(12)
          + "</p></article></body></html>";

  private static ArticleLoader loader(LocalServer server, Duration minDelay) {
    HttpFetcher fetcher =
        new HttpFetcher(FetchConfig.builder().allowAddress("127.0.0.1:" + server.port()).build());
    return new ArticleLoader(
        fetcher,
        new ArticleExtractor(),
        Clock.systemUTC(),
        new RobotsGuard(fetcher, RobotsPolicy.defaults(), RobotsCache.builder().build()),
        new HostPacer(),
        minDelay);
  }

  private static FeedItem item(LocalServer server, String path) {
    return new FeedItem(server.base() + "/feed.xml", path, server.base() + path, "t", null);
  }

  @Test
  void disallowedPagesAreDeadLetteredUnfetchedAndAllowedOnesArePaced() throws Exception {
    List<Instant> pageHits = new CopyOnWriteArrayList<>();
    AtomicInteger privateHits = new AtomicInteger();
    AtomicInteger robotsHits = new AtomicInteger();
    try (LocalServer server = LocalServer.start()) {
      server
          .route(
              "/robots.txt",
              ex -> {
                robotsHits.incrementAndGet();
                LocalServer.respond(
                    ex,
                    200,
                    "text/plain",
                    "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.5\n");
              })
          .route(
              "/private/",
              ex -> {
                privateHits.incrementAndGet();
                LocalServer.respond(ex, 200, "text/html", PAGE);
              })
          .route(
              "/news/",
              ex -> {
                pageHits.add(Instant.now());
                LocalServer.respond(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
              });
      ArticleLoader loader = loader(server, Duration.ofMillis(300));

      ArticleLoader.Outcome denied = loader.load(item(server, "/private/secret.html"));
      assertThat(denied.article()).isNull();
      assertThat(denied.deadLetter().errorType()).isEqualTo(ArticleLoader.ROBOTS_DISALLOWED);
      assertThat(denied.deadLetter().reason()).contains("disallows /private/secret.html");
      assertThat(privateHits).hasValue(0);

      for (int i = 0; i < 4; i++) {
        assertThat(loader.load(item(server, "/news/" + i + ".html")).article()).isNotNull();
      }
      assertThat(robotsHits).as("robots.txt is cached per origin").hasValue(1);
      for (int i = 1; i < pageHits.size(); i++) {
        assertThat(Duration.between(pageHits.get(i - 1), pageHits.get(i)))
            .as("the site's Crawl-delay of 0.5 s beats the 0.3 s minimum")
            .isGreaterThanOrEqualTo(Duration.ofMillis(450));
      }
    }
  }

  @Test
  void robotsServerErrorsKeepTheWholeSiteUnfetchedAndMissingRobotsAllowsAll() throws Exception {
    AtomicInteger pageHits = new AtomicInteger();
    try (LocalServer down = LocalServer.start();
        LocalServer open = LocalServer.start()) {
      down.route("/robots.txt", ex -> LocalServer.respond(ex, 503, "text/plain", "busy"))
          .route(
              "/news/",
              ex -> {
                pageHits.incrementAndGet();
                LocalServer.respond(ex, 200, "text/html", PAGE);
              });
      ArticleLoader.Outcome outcome = loader(down, Duration.ZERO).load(item(down, "/news/a.html"));
      assertThat(outcome.deadLetter().errorType()).isEqualTo(ArticleLoader.ROBOTS_UNREACHABLE);
      assertThat(outcome.deadLetter().status()).isEqualTo(503);
      assertThat(pageHits).hasValue(0);

      open.route("/news/", ex -> LocalServer.respond(ex, 200, "text/html", PAGE));
      // No /robots.txt route: the fixture answers 404, which allows everything (RFC 9309).
      assertThat(loader(open, Duration.ZERO).load(item(open, "/news/b.html")).article())
          .isNotNull();
    }
  }
}
