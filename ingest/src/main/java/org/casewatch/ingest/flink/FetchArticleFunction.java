package org.casewatch.ingest.flink;

import java.time.Clock;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.casewatch.ingest.ArticleLoader;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.politeness.HostPacer;
import org.casewatch.ingest.politeness.PolitenessConfig;
import org.casewatch.ingest.politeness.RobotsGuard;
import org.casewatch.ingest.robots.RobotsCache;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.FeedItem;

/**
 * Fetches the page of each feed item and emits the extracted {@link Article}; items whose fetch or
 * extraction fails go to the {@link #DEAD_LETTERS} side output instead (see {@link ArticleLoader}).
 *
 * <p>The HTTP client is built in {@link #open(OpenContext)}, on the task; only the serializable
 * {@link FetchConfig} travels in the job graph. Metrics: counters {@code articles} and {@code
 * deadLetters}. Fetches are synchronous, one at a time per subtask, each bounded by the config's
 * total deadline.
 *
 * <pre>{@code
 * SingleOutputStreamOperator<Article> articles =
 *     items.process(new FetchArticleFunction(fetchConfig)).uid("fetch-articles");
 * DataStream<DeadLetter> failed = articles.getSideOutput(FetchArticleFunction.DEAD_LETTERS);
 * }</pre>
 */
public class FetchArticleFunction extends ProcessFunction<FeedItem, Article> {

  private static final long serialVersionUID = 1L;

  /** The side output of items that could not be fetched or extracted. */
  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("fetch-dead-letters", TypeInformation.of(DeadLetter.class));

  private final FetchConfig config;
  private final PolitenessConfig politeness;
  private transient ArticleLoader loader;
  private transient Counter articles;
  private transient Counter deadLetters;

  /**
   * A polite function fetching through a gateway with this configuration: robots.txt obeyed, at
   * most one request a second to a host ({@link PolitenessConfig#defaults()}).
   */
  public FetchArticleFunction(FetchConfig config) {
    this(config, PolitenessConfig.defaults());
  }

  /** A function fetching through a gateway with this configuration and politeness. */
  public FetchArticleFunction(FetchConfig config, PolitenessConfig politeness) {
    this.config = Objects.requireNonNull(config, "config");
    this.politeness = Objects.requireNonNull(politeness, "politeness");
  }

  @Override
  public void open(OpenContext openContext) {
    HttpFetcher fetcher = new HttpFetcher(config);
    RobotsGuard robots =
        politeness.respectRobots()
            ? new RobotsGuard(fetcher, politeness.robots(), RobotsCache.builder().build())
            : null;
    loader =
        new ArticleLoader(
            fetcher,
            new ArticleExtractor(),
            Clock.systemUTC(),
            robots,
            new HostPacer(),
            politeness.minDelay());
    articles = getRuntimeContext().getMetricGroup().counter("articles");
    deadLetters = getRuntimeContext().getMetricGroup().counter("deadLetters");
  }

  @Override
  public void processElement(FeedItem item, Context ctx, Collector<Article> out) {
    ArticleLoader.Outcome outcome = loader.load(item);
    if (outcome.article() != null) {
      articles.inc();
      out.collect(outcome.article());
    } else {
      deadLetters.inc();
      ctx.output(DEAD_LETTERS, outcome.deadLetter());
    }
  }
}
