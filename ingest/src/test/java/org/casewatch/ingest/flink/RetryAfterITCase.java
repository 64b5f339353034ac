package org.casewatch.ingest.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.politeness.PolitenessConfig;
import org.casewatch.ingest.politeness.RetryAfter;
import org.casewatch.ingest.testutil.ArchiveFixtures;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;
import org.casewatch.model.DeadLetter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pages answered 429 / 503 with {@code Retry-After} in a continuous job (reliability case 30): the
 * page goes back into its host's queue and no request reaches that host before the wait is over; a
 * host that stays busy gets the page dead-lettered {@code HOST_BUSY} after {@link
 * RetryAfter#MAX_ATTEMPTS} attempts; a plain 503 is an ordinary failure. Two hosts on two loopback
 * addresses, the feed on a third.
 */
@SuppressForbidden(reason = "the JDK HTTP server is the loopback test fixture")
class RetryAfterITCase {

  @RegisterExtension
  static final MiniClusterExtension MINI_CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  /** Epoch milliseconds of every page request to the recovering host, and the busy answer's. */
  private static final List<Long> RECOVERING_REQUESTS =
      Collections.synchronizedList(new ArrayList<>());

  private static final AtomicInteger BUSY_REQUESTS = new AtomicInteger();
  private static final AtomicInteger PLAIN_503_REQUESTS = new AtomicInteger();
  private static volatile long busyAnsweredAt;
  private static LocalServer recovering;
  private static LocalServer busy;
  private static LocalServer feeds;

  @BeforeAll
  static void start() throws IOException {
    recovering = LocalServer.start("127.0.0.1");
    AtomicInteger firstPage = new AtomicInteger();
    recovering
        .route(
            "/articles/1",
            ex -> {
              RECOVERING_REQUESTS.add(System.currentTimeMillis());
              if (firstPage.incrementAndGet() == 1) {
                busyAnsweredAt = System.currentTimeMillis();
                busyAnswer(ex, 503, "2");
              } else {
                LocalServer.respond(ex, 200, "text/html", ArchiveFixtures.page(1));
              }
            })
        .route(
            "/articles/2",
            ex -> {
              RECOVERING_REQUESTS.add(System.currentTimeMillis());
              LocalServer.respond(ex, 200, "text/html", ArchiveFixtures.page(2));
            });
    busy = LocalServer.start("127.0.0.2");
    busy.route(
            "/articles/9",
            ex -> {
              BUSY_REQUESTS.incrementAndGet();
              busyAnswer(ex, 429, "1");
            })
        .route(
            "/articles/8",
            ex -> {
              PLAIN_503_REQUESTS.incrementAndGet();
              LocalServer.respond(ex, 503, "text/plain", "down");
            });
    feeds = LocalServer.start("127.0.0.3");
    feeds.route(
        "/feed.xml",
        ex ->
            LocalServer.respond(
                ex,
                200,
                "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>t</title><link>"
                    + feeds.base()
                    + "/</link><description>d</description>"
                    + item(recovering.base() + "/articles/1")
                    + item(recovering.base() + "/articles/2")
                    + item(busy.base() + "/articles/9")
                    + item(busy.base() + "/articles/8")
                    + "</channel></rss>"));
  }

  private static String item(String link) {
    return "<item><link>" + link + "</link></item>";
  }

  private static void busyAnswer(HttpExchange ex, int status, String retryAfter)
      throws IOException {
    ex.getResponseHeaders().set("Retry-After", retryAfter);
    LocalServer.respond(ex, status, "text/plain", "busy");
  }

  @AfterAll
  static void stop() {
    recovering.close();
    busy.close();
    feeds.close();
  }

  @Test
  void busyHostIsLeftAloneForItsRetryAfterAndThePageIsRetriedThenDeadLettered() throws Exception {
    FetchConfig config =
        FetchConfig.builder()
            .allowAddress("127.0.0.1")
            .allowAddress("127.0.0.2")
            .allowAddress("127.0.0.3")
            .totalTimeout(Duration.ofSeconds(10))
            .build();
    PolitenessConfig politeness = PolitenessConfig.defaults().withMinDelay(Duration.ofMillis(20));
    try (ContinuousFetchJob job =
        ContinuousFetchJob.start(
            "retry-after-itcase", feeds.base() + "/feed.xml", config, politeness, 2)) {
      List<String> fetched = new ArrayList<>();
      fetched.add(job.nextArticle().url());
      fetched.add(job.nextArticle().url());
      List<DeadLetter> dead = new ArrayList<>();
      dead.add(job.nextDeadLetter());
      dead.add(job.nextDeadLetter());

      assertThat(fetched)
          .containsExactlyInAnyOrder(
              recovering.base() + "/articles/1", recovering.base() + "/articles/2");
      // Two requests for page 1 (503, then 200) and one for page 2: none within the 2 s asked.
      assertThat(RECOVERING_REQUESTS).hasSize(3);
      assertThat(RECOVERING_REQUESTS)
          .as("no request to the host before its Retry-After was over")
          .allSatisfy(t -> assertThat(t <= busyAnsweredAt || t >= busyAnsweredAt + 2_000).isTrue());

      DeadLetter hostBusy =
          dead.stream()
              .filter(d -> d.errorType().equals(FetchArticleFunction.HOST_BUSY))
              .findFirst()
              .orElseThrow();
      assertThat(hostBusy.sourceUrl()).isEqualTo(busy.base() + "/articles/9");
      assertThat(hostBusy.status()).isEqualTo(429);
      assertThat(hostBusy.reason())
          .startsWith("host_busy")
          .contains("Retry-After 1 s", "in " + RetryAfter.MAX_ATTEMPTS + " attempt(s)");
      assertThat(BUSY_REQUESTS.get()).isEqualTo(RetryAfter.MAX_ATTEMPTS);

      DeadLetter plain = dead.stream().filter(d -> d != hostBusy).findFirst().orElseThrow();
      assertThat(plain.sourceUrl()).isEqualTo(busy.base() + "/articles/8");
      assertThat(plain.errorType()).isEqualTo("HTTP_STATUS");
      assertThat(plain.status()).isEqualTo(503);
      assertThat(PLAIN_503_REQUESTS.get()).isEqualTo(1);
    }
  }
}
