package org.casewatch.ingest.revisit.flink;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.io.SimpleVersionedSerialization;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.casewatch.ingest.ArticleLoader;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.politeness.HostPacer;
import org.casewatch.ingest.politeness.PolitenessConfig;
import org.casewatch.ingest.politeness.RobotsGuard;
import org.casewatch.ingest.revisit.RevisitConfig;
import org.casewatch.ingest.revisit.RevisitState;
import org.casewatch.ingest.revisit.Revisits;
import org.casewatch.ingest.robots.RobotsCache;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.FeedItem;
import org.casewatch.model.Ids;
import org.casewatch.model.Revision;

/**
 * Revisits every article it sees at the configured delays after its first fetch and emits what
 * changed; see {@link Revisits} for the rules.
 *
 * <p>How: keyed by document id. The first time a document passes, it is forwarded unchanged, its
 * {@link RevisitState} is stored and a processing-time timer is set for its first revisit. When a
 * timer fires, the page is fetched again through the same gateway, robots.txt guard and per-host
 * pacing as first fetches ({@link ArticleLoader}), compared, and an edited, deleted or restored
 * article is emitted with its revision list, to be re-annotated and rewritten whole under the same
 * id. Failed revisits go to {@link #DEAD_LETTERS}. State and timers are checkpointed, so revisits
 * due while the job was down fire as soon as it is restored; an article's state is dropped after
 * its last revisit. Documents that pass again before then are forwarded with the revisions seen so
 * far, so a rewrite never loses them.
 *
 * <p>Metrics: counters {@code revisits} (fetches done), {@code revisionsEdited}, {@code
 * revisionsDeleted}, {@code revisionsRestored}, {@code revisitRetries} and {@code revisitFailed}.
 * Fetches are synchronous on the task thread, each bounded by the gateway's total deadline.
 *
 * <pre>{@code
 * articles.keyBy(Article::id)
 *     .process(new RevisitFunction(fetchConfig, RevisitConfig.defaults()))
 *     .uid("revisit");
 * }</pre>
 */
public class RevisitFunction extends KeyedProcessFunction<String, Article, Article> {

  private static final long serialVersionUID = 1L;

  /** The side output of revisits that failed (dead letters of stage {@code revisit}). */
  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("revisit-dead-letters", TypeInformation.of(DeadLetter.class));

  private final FetchConfig fetchConfig;
  private final PolitenessConfig politeness;
  private final RevisitConfig config;
  private transient Revisits revisits;
  private transient ArticleLoader loader;
  private transient ValueState<byte[]> state;
  private transient Counter fetches;
  private transient Counter edited;
  private transient Counter deleted;
  private transient Counter restored;
  private transient Counter retries;
  private transient Counter failed;

  /** A polite revisitor ({@link PolitenessConfig#defaults()}). */
  public RevisitFunction(FetchConfig fetchConfig, RevisitConfig config) {
    this(fetchConfig, PolitenessConfig.defaults(), config);
  }

  /** A revisitor with its own politeness. */
  public RevisitFunction(
      FetchConfig fetchConfig, PolitenessConfig politeness, RevisitConfig config) {
    this.fetchConfig = Objects.requireNonNull(fetchConfig, "fetchConfig");
    this.politeness = Objects.requireNonNull(politeness, "politeness");
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public void open(OpenContext openContext) {
    revisits = new Revisits(config);
    HttpFetcher fetcher = new HttpFetcher(fetchConfig);
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
    state =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>(
                    "revisit", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
    var metrics = getRuntimeContext().getMetricGroup();
    fetches = metrics.counter("revisits");
    edited = metrics.counter("revisionsEdited");
    deleted = metrics.counter("revisionsDeleted");
    restored = metrics.counter("revisionsRestored");
    retries = metrics.counter("revisitRetries");
    failed = metrics.counter("revisitFailed");
  }

  @Override
  public void processElement(Article article, Context ctx, Collector<Article> out)
      throws IOException {
    long now = ctx.timerService().currentProcessingTime();
    RevisitState known = load();
    Revisits.Step step =
        known == null ? revisits.first(article, now) : revisits.seenAgain(known, article, now);
    if (known == null && step.state() != null) {
      ctx.timerService().registerProcessingTimeTimer(step.state().timerAt());
    }
    apply(step, ctx, out);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Article> out)
      throws IOException {
    RevisitState due = load();
    if (due == null || due.timerAt() != timestamp) {
      return;
    }
    Article article = due.article();
    fetches.inc();
    ArticleLoader.Outcome outcome =
        loader.load(
            new FeedItem(
                article.url(),
                Ids.documentId(article.url()),
                article.url(),
                "",
                article.publishedAt()));
    Revisits.Step step =
        revisits.revisited(
            due, Revisits.Fetched.of(outcome), ctx.timerService().currentProcessingTime());
    if (step.state() != null) {
      ctx.timerService().registerProcessingTimeTimer(step.state().timerAt());
    }
    apply(step, ctx, out);
  }

  private void apply(Revisits.Step step, Context ctx, Collector<Article> out) throws IOException {
    if (step.state() == null) {
      state.clear();
    } else {
      state.update(
          SimpleVersionedSerialization.writeVersionAndSerialize(
              RevisitStateSerializer.INSTANCE, step.state()));
    }
    if (step.revision() != null) {
      switch (step.revision().kind()) {
        case Revision.EDITED -> edited.inc();
        case Revision.DELETED -> deleted.inc();
        default -> restored.inc();
      }
    }
    if (step.retrying()) {
      retries.inc();
    }
    if (step.deadLetter() != null) {
      failed.inc();
      ctx.output(DEAD_LETTERS, step.deadLetter());
    }
    if (step.emit() != null) {
      out.collect(step.emit());
    }
  }

  private RevisitState load() throws IOException {
    byte[] bytes = state.value();
    return bytes == null
        ? null
        : SimpleVersionedSerialization.readVersionAndDeSerialize(
            RevisitStateSerializer.INSTANCE, bytes);
  }
}
