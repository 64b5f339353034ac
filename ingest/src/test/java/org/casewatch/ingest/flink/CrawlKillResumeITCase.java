package org.casewatch.ingest.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.api.connector.sink2.SupportsWriterState;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.politeness.PolitenessConfig;
import org.casewatch.ingest.source.SitemapSource;
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

  /** What reached the sink across both runs, by URL; and the total at each checkpoint. */
  static final Map<String, Integer> SUNK = new ConcurrentHashMap<>();

  static final Map<Long, Integer> SUNK_AT_CHECKPOINT = new ConcurrentHashMap<>();

  @TempDir Path dir;

  @Test
  void killedAtFortyPercentAndRestoredEveryUrlEndsFetchedOrErroredOnce() throws Exception {
    SUNK.clear();
    SUNK_AT_CHECKPOINT.clear();
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
      first.cancel().get();
      awaitTerminal(first);
      int atCancel = total();
      assertThat(atCancel).isLessThan(URLS);
      int perInterval = mostDoneInOneInterval();
      // As 'casewatch run' does after a crash: restore from the newest retained checkpoint.
      Path checkpoint = latest(checkpoints).orElseThrow();

      JobClient second = job(sitemapUrl, config, checkpoints, checkpoint).executeAsync("crawl-2");
      try {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!SUNK.keySet().containsAll(expected) && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        Thread.sleep(500); // anything more would be a duplicate: let it arrive
      } finally {
        second.cancel().get();
      }

      assertThat(SUNK.keySet()).as("every URL fetched or dead-lettered").isEqualTo(expected);
      int atCheckpoint = SUNK_AT_CHECKPOINT.get(checkpointId(checkpoint));
      int duplicates = total() - URLS;
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

  /**
   * Waits until every task of a cancelled job has stopped: {@code cancel()} returns before, and the
   * job's own local MiniCluster shuts down once the job has ended, so its result is the signal.
   */
  private static void awaitTerminal(JobClient job) throws Exception {
    try {
      job.getJobExecutionResult().get(60, TimeUnit.SECONDS);
    } catch (ExecutionException cancelled) {
      // expected: a cancelled job has no result
    }
  }

  /** The most URLs sunk between two consecutive checkpoints of the first run. */
  private static int mostDoneInOneInterval() {
    List<Long> ids = SUNK_AT_CHECKPOINT.keySet().stream().sorted().toList();
    int most = 0;
    for (int i = 1; i < ids.size(); i++) {
      int done = SUNK_AT_CHECKPOINT.get(ids.get(i)) - SUNK_AT_CHECKPOINT.get(ids.get(i - 1));
      most = Math.max(most, done);
    }
    return most;
  }

  private static int total() {
    return SUNK.values().stream().mapToInt(Integer::intValue).sum();
  }

  private StreamExecutionEnvironment job(
      String sitemapUrl, FetchConfig config, Path checkpoints, Path restore) {
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints.toUri().toString());
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, CHECKPOINT_INTERVAL);
    conf.set(
        CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    conf.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, 100);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    if (restore != null) {
      conf.set(StateRecoveryOptions.SAVEPOINT_PATH, restore.toUri().toString());
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
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
    articles.map(Article::url).uid("article-url").sinkTo(new CountingSink()).uid("article-sink");
    articles
        .getSideOutput(FetchArticleFunction.DEAD_LETTERS)
        .map(d -> d.sourceUrl())
        .uid("dead-letter-url")
        .sinkTo(new CountingSink())
        .uid("dead-letter-sink");
    return env;
  }

  private static Path awaitCheckpointBetween(Path checkpoints, int low, int high) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Path> latest = latest(checkpoints);
      if (latest.isPresent()) {
        Integer at = SUNK_AT_CHECKPOINT.get(checkpointId(latest.get()));
        if (at != null && at >= low) {
          assertThat(at).as("checkpoint taken mid-crawl").isLessThan(high);
          return latest.get();
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no mid-crawl checkpoint completed in time");
  }

  private static long checkpointId(Path checkpoint) {
    return Long.parseLong(checkpoint.getFileName().toString().substring("chk-".length()));
  }

  private static Optional<Path> latest(Path checkpoints) throws java.io.IOException {
    if (!Files.isDirectory(checkpoints)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(checkpoints, 3)) {
      return files
          .filter(p -> p.getFileName().toString().equals("_metadata"))
          .map(Path::getParent)
          .max(
              Comparator.comparingLong(
                  p -> Long.parseLong(p.getFileName().toString().substring(4))));
    }
  }

  /** Counts every URL that reached it, in this JVM, and the total at each checkpoint. */
  static final class CountingSink implements Sink<String>, SupportsWriterState<String, Integer> {
    private static final long serialVersionUID = 1L;

    @Override
    public StatefulSinkWriter<String, Integer> createWriter(WriterInitContext context) {
      return new StatefulSinkWriter<>() {
        @Override
        public void write(String url, Context ctx) {
          SUNK.merge(url, 1, Integer::sum);
        }

        @Override
        public List<Integer> snapshotState(long checkpointId) {
          SUNK_AT_CHECKPOINT.put(checkpointId, total());
          return List.of();
        }

        @Override
        public void flush(boolean endOfInput) {}

        @Override
        public void close() {}
      };
    }

    @Override
    public StatefulSinkWriter<String, Integer> restoreWriter(
        WriterInitContext context, Collection<Integer> recoveredState) {
      return createWriter(context);
    }

    @Override
    public SimpleVersionedSerializer<Integer> getWriterStateSerializer() {
      return new SimpleVersionedSerializer<>() {
        @Override
        public int getVersion() {
          return 1;
        }

        @Override
        public byte[] serialize(Integer value) {
          return new byte[0];
        }

        @Override
        public Integer deserialize(int version, byte[] serialized) {
          return 0;
        }
      };
    }
  }
}
