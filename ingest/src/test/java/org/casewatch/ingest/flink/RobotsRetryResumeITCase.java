package org.casewatch.ingest.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.politeness.PolitenessConfig;
import org.casewatch.ingest.source.FeedSource;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page waiting for its site's robots.txt survives a kill: the job is cancelled after a checkpoint
 * taken between two attempts, restored from it, and the page's attempts carry on from where they
 * were (robots.txt requested once per attempt in all) to the {@code ROBOTS_UNAVAILABLE} dead
 * letter. Had the queue been lost, the page would never be tried again.
 */
@SuppressForbidden(reason = "the JDK HTTP server is the loopback test fixture")
class RobotsRetryResumeITCase {

  static final ConcurrentLinkedQueue<DeadLetter> DEAD = new ConcurrentLinkedQueue<>();
  private static final AtomicInteger ROBOTS = new AtomicInteger();
  private static LocalServer site;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws IOException {
    site = LocalServer.start();
    site.route(
            "/robots.txt",
            ex -> {
              ROBOTS.incrementAndGet();
              LocalServer.respond(ex, 503, "text/plain", "busy");
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
                        + "/</link><description>d</description><item><link>"
                        + site.base()
                        + "/articles/1</link></item></channel></rss>"));
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void waitingPageKeepsItsAttemptsAcrossARestore() throws Exception {
    Path checkpoints = dir.resolve("checkpoints");
    JobClient first = job(checkpoints, null).executeAsync("robots-retry-resume-1");
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Optional<Path> checkpoint = Optional.empty();
    while (System.nanoTime() < deadline && (ROBOTS.get() < 1 || checkpoint.isEmpty())) {
      Thread.sleep(50);
      checkpoint = ROBOTS.get() >= 1 ? latest(checkpoints) : Optional.empty();
    }
    assertThat(checkpoint).as("checkpoint after the first attempt").isPresent();
    first.cancel().get();
    int beforeRestore = ROBOTS.get();
    assertThat(beforeRestore).isBetween(1, 2);
    assertThat(DEAD).isEmpty();

    JobClient second = job(checkpoints, checkpoint.get()).executeAsync("robots-retry-resume-2");
    try {
      while (System.nanoTime() < deadline && DEAD.isEmpty()) {
        Thread.sleep(50);
      }
    } finally {
      second.cancel().get();
    }
    assertThat(DEAD)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.errorType()).isEqualTo(FetchArticleFunction.ROBOTS_UNAVAILABLE);
              assertThat(d.reason()).contains("in 3 attempt(s)");
            });
    // one request per attempt, plus at most the attempt made after the checkpoint and repeated
    assertThat(ROBOTS.get()).isBetween(3, 4);
  }

  private StreamExecutionEnvironment job(Path checkpoints, Path restore) {
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints.toUri().toString());
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis(200));
    conf.set(
        CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    conf.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, 100);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    if (restore != null) {
      conf.set(StateRecoveryOptions.SAVEPOINT_PATH, restore.toUri().toString());
    }
    FetchConfig config =
        FetchConfig.builder().allowAddress("127.0.0.1").totalTimeout(Duration.ofSeconds(5)).build();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(1);
    FeedSource feed =
        FeedSource.builder()
            .feedUrl(site.base() + "/feed.xml")
            .continuous(Duration.ofHours(1))
            .fetchConfig(config)
            .build();
    SingleOutputStreamOperator<Article> articles =
        FetchArticleFunction.byHost(
                env.fromSource(feed, WatermarkStrategy.noWatermarks(), "feed").uid("feed"))
            .process(
                new FetchArticleFunction(
                    config,
                    PolitenessConfig.defaults()
                        .withMinDelay(Duration.ofMillis(20))
                        .withRobotsRetries(3, Duration.ofSeconds(2))))
            .uid("fetch");
    articles
        .getSideOutput(FetchArticleFunction.DEAD_LETTERS)
        .sinkTo(new DeadLetterSink())
        .uid("dead-letters");
    return env;
  }

  private static Optional<Path> latest(Path checkpoints) throws IOException {
    if (!Files.isDirectory(checkpoints)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(checkpoints, 3)) {
      List<Path> done =
          files
              .filter(p -> p.getFileName().toString().equals("_metadata"))
              .map(Path::getParent)
              .toList();
      return done.stream()
          .max(
              Comparator.comparingLong(
                  p -> Long.parseLong(p.getFileName().toString().substring(4))));
    }
  }

  /** Keeps dead letters in this JVM. */
  static final class DeadLetterSink implements Sink<DeadLetter> {
    private static final long serialVersionUID = 1L;

    @Override
    public SinkWriter<DeadLetter> createWriter(WriterInitContext context) {
      return new SinkWriter<>() {
        @Override
        public void write(DeadLetter letter, Context ctx) {
          DEAD.add(letter);
        }

        @Override
        public void flush(boolean endOfInput) {}

        @Override
        public void close() {}
      };
    }
  }
}
