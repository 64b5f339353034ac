package org.casewatch.ingest.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.politeness.PolitenessConfig;
import org.casewatch.ingest.source.SitemapSource;
import org.casewatch.ingest.testutil.CheckpointCountingSink;
import org.casewatch.ingest.testutil.LocalCheckpoints;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;
import org.casewatch.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Reliability case 22 at the catalogue's scale: a continuous crawl of a 1,000-URL site (from its
 * sitemap; 10 of the URLs answer 404) is cancelled once a checkpoint has completed with 35 to 60 %
 * of the site done, and a new job is restored from the newest retained checkpoint, as {@code
 * casewatch run} does after a crash (nothing of the first job survives but the checkpoint; the JVM
 * is not killed here, the pipeline's {@code RunCommandITCase} restarts a whole run). Afterwards
 * every URL has ended as a document or a dead letter with a reason, none is lost, and the only URLs
 * fetched and sunk twice are those done after that checkpoint: about one checkpoint interval's
 * worth.
 */
@SuppressForbidden(reason = "the JDK HTTP server is the loopback test fixture")
class CrawlKillResumeITCase {

  private static final int URLS = 1_000;
  private static final Duration CHECKPOINT_INTERVAL = Duration.ofMillis(300);

  /** What reached the sinks across both runs, by URL; and the total at each checkpoint. */
  private static final String TALLY = "crawl-kill-resume";

  private static final CheckpointCountingSink.Tally SUNK = CheckpointCountingSink.tally(TALLY);

  @TempDir Path dir;

  @Test
  void killedAtFortyPercentAndRestoredEveryUrlEndsFetchedOrErroredOnce() throws Exception {
    SUNK.clear();
    Map<String, Integer> pageHits = new ConcurrentHashMap<>();
    try (LocalServer site = LocalServer.start()) {
      StringBuilder sitemap =
          new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
      Set<String> expected = new HashSet<>();
      for (int i = 0; i < URLS; i++) {
        String url = site.base() + "/story/" + i;
        expected.add(url);
        sitemap.append("<url><loc>").append(url).append("</loc></url>");
      }
      String sitemapXml = sitemap.append("</urlset>").toString();
      site.route("/sitemap.xml", ex -> LocalServer.respond(ex, 200, "application/xml", sitemapXml))
          .route("/robots.txt", ex -> LocalServer.respond(ex, 404, "text/plain", "none"))
          .route(
              "/story/",
              ex -> {
                String path = ex.getRequestURI().getPath();
                pageHits.merge(path, 1, Integer::sum);
                int n = Integer.parseInt(path.substring("/story/".length()));
                if (n % 100 == 99) {
                  LocalServer.respond(ex, 404, "text/html", "gone");
                } else {
                  LocalServer.respond(ex, 200, "text/html", page(n));
                }
              });
      FetchConfig config = FetchConfig.builder().allowAddress("127.0.0.1:" + site.port()).build();
      String sitemapUrl = site.base() + "/sitemap.xml";

      Path checkpoints = dir.resolve("checkpoints");
      JobClient first = job(sitemapUrl, config, checkpoints, null).executeAsync("crawl-1");
      awaitCheckpointBetween(checkpoints, URLS * 35 / 100, URLS * 3 / 5);
      LocalCheckpoints.cancelAndAwait(first);
      int atCancel = SUNK.total();
      assertThat(atCancel).isLessThan(URLS);
      int perInterval = SUNK.mostInOneInterval();
      // As 'casewatch run' does after a crash: restore from the newest retained checkpoint.
      Path checkpoint = LocalCheckpoints.latest(checkpoints).orElseThrow();

      JobClient second = job(sitemapUrl, config, checkpoints, checkpoint).executeAsync("crawl-2");
      try {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!SUNK.sunk().keySet().containsAll(expected) && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        Thread.sleep(500); // anything more would be a duplicate: let it arrive
      } finally {
        second.cancel().get();
      }

      assertThat(SUNK.sunk().keySet()).as("every URL fetched or dead-lettered").isEqualTo(expected);
      int atCheckpoint = SUNK.atCheckpoint(LocalCheckpoints.id(checkpoint));
      int duplicates = SUNK.total() - URLS;
      assertThat(duplicates)
          .as("only what was done after the restored checkpoint came twice")
          .isEqualTo(atCancel - atCheckpoint);
      int refetched = pageHits.values().stream().mapToInt(h -> h - 1).sum();
      assertThat(pageHits).hasSize(URLS);
      assertThat(refetched)
          .as("every page sunk twice was fetched twice, and no other")
          .isEqualTo(duplicates);
      // Done after the newest checkpoint and before the tasks stopped: about one interval's worth
      // (the most one interval got done, plus what the cancel let finish).
      assertThat(duplicates)
          .as("duplicates within one checkpoint interval's worth (%d)", perInterval)
          .isLessThanOrEqualTo(perInterval * 3 / 2);
      LoggerFactory.getLogger(CrawlKillResumeITCase.class)
          .info(
              "Crawl kill and resume: {} URLs, {} sunk at the restored checkpoint, {} at the"
                  + " cancel, {} sunk twice, {} fetched twice, at most {} done per interval",
              URLS,
              atCheckpoint,
              atCancel,
              duplicates,
              refetched,
              perInterval);
    }
  }

  private static String page(int n) {
    return "<html><head><title>Story "
        + n
        + "</title></head><body><article><p>"
        + ("Story " + n + " of the council's harbour inquiry, reported at length here. ").repeat(8)
        + "</p></article></body></html>";
  }

  private StreamExecutionEnvironment job(
      String sitemapUrl, FetchConfig config, Path checkpoints, Path restore) {
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(
            LocalCheckpoints.configuration(checkpoints, CHECKPOINT_INTERVAL, restore));
    env.setParallelism(1);
    SitemapSource source =
        SitemapSource.builder()
            .sitemapUrl(sitemapUrl)
            .continuous(Duration.ofHours(1))
            .fetchConfig(config)
            .build();
    SingleOutputStreamOperator<Article> articles =
        FetchArticleFunction.byHost(
                env.fromSource(source, WatermarkStrategy.noWatermarks(), "sitemap")
                    .uid("sitemap-source"))
            .process(
                new FetchArticleFunction(
                    config, PolitenessConfig.defaults().withMinDelay(Duration.ofMillis(2))))
            .uid("fetch-articles");
    // Two sinks, each chained to the fetch step (a union would make the sink a separate task with
    // two inputs), so that a checkpoint's sink count is exactly the state it restores.
    articles
        .map(Article::url)
        .uid("article-url")
        .sinkTo(CheckpointCountingSink.<String>into(TALLY, url -> url))
        .uid("article-sink");
    articles
        .getSideOutput(FetchArticleFunction.DEAD_LETTERS)
        .map(d -> d.sourceUrl())
        .uid("dead-letter-url")
        .sinkTo(CheckpointCountingSink.<String>into(TALLY, url -> url))
        .uid("dead-letter-sink");
    return env;
  }

  private static Path awaitCheckpointBetween(Path checkpoints, int low, int high) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Path> latest = LocalCheckpoints.latest(checkpoints);
      if (latest.isPresent()) {
        Integer at = SUNK.atCheckpoint(LocalCheckpoints.id(latest.get()));
        if (at != null && at >= low) {
          assertThat(at).as("checkpoint taken mid-crawl").isLessThan(high);
          return latest.get();
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no mid-crawl checkpoint completed in time");
  }
}
