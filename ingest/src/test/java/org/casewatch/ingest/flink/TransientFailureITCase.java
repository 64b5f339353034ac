package org.casewatch.ingest.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.FetchError;
import org.casewatch.ingest.politeness.PolitenessConfig;
import org.casewatch.ingest.robots.RobotsPolicy;
import org.casewatch.ingest.testutil.ArchiveFixtures;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Transient fetch failures in a continuous job (reliability case 45, with a connection dropped
 * mid-body standing in for the DNS and network failures of the same class): the page is re-queued,
 * a page that recovers is fetched, and one that keeps failing is dead-lettered with its own error
 * type after the configured number of attempts, with no request in between the retry delays.
 */
@SuppressForbidden(reason = "the JDK HTTP server is the loopback test fixture")
class TransientFailureITCase {

  @RegisterExtension
  static final MiniClusterExtension MINI_CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final int ATTEMPTS = 3;

  /** Answers 200 with a body it never finishes: the client sees a connection reset. */
  private static void dropMidBody(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/html");
    ex.sendResponseHeaders(200, 100_000);
    OutputStream out = ex.getResponseBody();
    out.write(new byte[1000]);
    out.flush();
    ex.close();
  }

  @Test
  void aFailingPageIsRetriedABoundedNumberOfTimesAndARecoveringOneIsFetched() throws Exception {
    AtomicInteger brokenHits = new AtomicInteger();
    AtomicInteger flakyHits = new AtomicInteger();
    try (LocalServer site = LocalServer.start()) {
      site.route(
              "/articles/1",
              ex -> {
                if (flakyHits.incrementAndGet() == 1) {
                  dropMidBody(ex);
                } else {
                  LocalServer.respond(ex, 200, "text/html", ArchiveFixtures.page(1));
                }
              })
          .route(
              "/articles/2",
              ex -> {
                brokenHits.incrementAndGet();
                dropMidBody(ex);
              })
          .route(
              "/feed.xml",
              ex ->
                  LocalServer.respond(
                      ex,
                      200,
                      "application/rss+xml",
                      "<rss version=\"2.0\"><channel><title>t</title><link>"
                          + site.base()
                          + "/</link><description>d</description>"
                          + "<item><link>"
                          + site.base()
                          + "/articles/1</link></item><item><link>"
                          + site.base()
                          + "/articles/2</link></item></channel></rss>"));
      FetchConfig config = FetchConfig.builder().allowAddress("127.0.0.1").build();
      PolitenessConfig politeness =
          new PolitenessConfig(false, Duration.ofMillis(20), RobotsPolicy.defaults())
              .withRobotsRetries(ATTEMPTS, Duration.ofMillis(200));
      try (ContinuousFetchJob job =
          ContinuousFetchJob.start(
              "transient-failure-itcase", site.base() + "/feed.xml", config, politeness, 1)) {
        Article recovered = job.nextArticle();
        DeadLetter dead = job.nextDeadLetter();

        assertThat(recovered.url()).isEqualTo(site.base() + "/articles/1");
        assertThat(flakyHits).hasValue(2);
        assertThat(dead.sourceUrl()).isEqualTo(site.base() + "/articles/2");
        assertThat(dead.errorType()).isEqualTo(FetchError.NETWORK.name());
        assertThat(dead.reason()).endsWith("(in " + ATTEMPTS + " attempt(s))");
        assertThat(brokenHits).hasValue(ATTEMPTS);
      }
    }
  }
}
