package org.casewatch.ingest.flink;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.politeness.PolitenessConfig;
import org.casewatch.ingest.source.FeedSource;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;

/**
 * The monitoring job's crawl path for the retry tests: a continuous feed source, the per-host fetch
 * step, and two collectors, articles and dead letters, read as they arrive. The job runs until
 * {@link #close()} cancels it, as a real monitoring job would not end on its own.
 */
final class ContinuousFetchJob implements AutoCloseable {

  private final JobClient job;
  private final CloseableIterator<Article> articles;
  private final CloseableIterator<DeadLetter> deadLetters;

  private ContinuousFetchJob(
      JobClient job, CloseableIterator<Article> articles, CloseableIterator<DeadLetter> dead) {
    this.job = job;
    this.articles = articles;
    this.deadLetters = dead;
  }

  /** Starts the job {@code name} on the test's MiniCluster, reading the feed at {@code feedUrl}. */
  static ContinuousFetchJob start(
      String name, String feedUrl, FetchConfig config, PolitenessConfig politeness, int parallelism)
      throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(parallelism);
    FeedSource feed =
        FeedSource.builder()
            .feedUrl(feedUrl)
            .continuous(Duration.ofHours(1))
            .fetchConfig(config)
            .build();
    SingleOutputStreamOperator<Article> fetched =
        FetchArticleFunction.byHost(
                env.fromSource(feed, WatermarkStrategy.noWatermarks(), "feed").uid("feed"))
            .process(new FetchArticleFunction(config, politeness))
            .uid("fetch");
    CloseableIterator<DeadLetter> dead =
        fetched.getSideOutput(FetchArticleFunction.DEAD_LETTERS).collectAsync();
    CloseableIterator<Article> articles = fetched.collectAsync();
    return new ContinuousFetchJob(env.executeAsync(name), articles, dead);
  }

  /** The next article, waiting for it. */
  Article nextArticle() {
    return articles.next();
  }

  /** The next dead letter, waiting for it. */
  DeadLetter nextDeadLetter() {
    return deadLetters.next();
  }

  @Override
  public void close() throws Exception {
    try {
      job.cancel().get();
    } finally {
      articles.close();
      deadLetters.close();
    }
  }
}
