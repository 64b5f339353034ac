package org.casewatch.ingest.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.politeness.PolitenessConfig;
import org.casewatch.ingest.testutil.ArchiveFixtures;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * robots.txt answering 503 in a continuous job: the page waits in its host's queue and is tried
 * again once the cached robots answer has expired; a host that recovers gets its page fetched, a
 * host that never does gets a {@code ROBOTS_UNAVAILABLE} dead letter after the last attempt, its
 * robots.txt requested once per attempt. Two hosts on two loopback addresses, keyed fetch.
 */
@SuppressForbidden(reason = "the JDK HTTP server is the loopback test fixture")
class RobotsRetryITCase {

  @RegisterExtension
  static final MiniClusterExtension MINI_CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final AtomicInteger RECOVERING_ROBOTS = new AtomicInteger();
  private static final AtomicInteger DOWN_ROBOTS = new AtomicInteger();
  private static LocalServer recovering;
  private static LocalServer down;

  @BeforeAll
  static void start() throws IOException {
    down = LocalServer.start("127.0.0.2");
    down.route(
            "/robots.txt",
            ex -> {
              DOWN_ROBOTS.incrementAndGet();
              LocalServer.respond(ex, 503, "text/plain", "busy");
            })
        .route(
            "/articles/", ex -> LocalServer.respond(ex, 200, "text/html", ArchiveFixtures.page(2)));
    recovering = LocalServer.start("127.0.0.1");
    recovering
        .route(
            "/robots.txt",
            ex -> {
              if (RECOVERING_ROBOTS.incrementAndGet() <= 2) {
                LocalServer.respond(ex, 503, "text/plain", "busy");
              } else {
                LocalServer.respond(ex, 200, "text/plain", "User-agent: *\nAllow: /\n");
              }
            })
        .route(
            "/articles/", ex -> LocalServer.respond(ex, 200, "text/html", ArchiveFixtures.page(1)))
        .route(
            "/feed.xml",
            ex ->
                LocalServer.respond(
                    ex,
                    200,
                    "application/rss+xml",
                    "<rss version=\"2.0\"><channel><title>t</title><link>"
                        + recovering.base()
                        + "/</link><description>d</description><item><link>"
                        + recovering.base()
                        + "/articles/1</link></item><item><link>"
                        + down.base()
                        + "/articles/1</link></item></channel></rss>"));
  }

  @AfterAll
  static void stop() {
    recovering.close();
    down.close();
  }

  @Test
  void unreadableRobotsTxtIsRetriedThenDeadLettered() throws Exception {
    FetchConfig config =
        FetchConfig.builder()
            .allowAddress("127.0.0.1")
            .allowAddress("127.0.0.2")
            .totalTimeout(Duration.ofSeconds(10))
            .build();
    PolitenessConfig politeness =
        PolitenessConfig.defaults()
            .withMinDelay(Duration.ofMillis(20))
            .withRobotsRetries(3, Duration.ofMillis(300));
    try (ContinuousFetchJob job =
        ContinuousFetchJob.start(
            "robots-retry-itcase", recovering.base() + "/feed.xml", config, politeness, 2)) {
      Article article = job.nextArticle();
      DeadLetter dead = job.nextDeadLetter();
      assertThat(article.url()).isEqualTo(recovering.base() + "/articles/1");
      assertThat(RECOVERING_ROBOTS.get()).isEqualTo(3);
      assertThat(dead.sourceUrl()).isEqualTo(down.base() + "/articles/1");
      assertThat(dead.errorType()).isEqualTo(FetchArticleFunction.ROBOTS_UNAVAILABLE);
      assertThat(dead.reason()).startsWith("robots_unavailable").contains("in 3 attempt(s)");
      assertThat(dead.status()).isEqualTo(503);
      assertThat(DOWN_ROBOTS.get()).isEqualTo(3);
    }
  }
}
