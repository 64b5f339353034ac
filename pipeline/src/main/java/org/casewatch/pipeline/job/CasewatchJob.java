package org.casewatch.pipeline.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.casewatch.index.sink.ElasticsearchSink;
import org.casewatch.index.sink.ElasticsearchSinks;
import org.casewatch.ingest.archive.source.ArchiveSource;
import org.casewatch.ingest.flink.ArchiveItemRouter;
import org.casewatch.ingest.flink.FetchArticleFunction;
import org.casewatch.ingest.flink.ProvenanceFunction;
import org.casewatch.ingest.revisit.flink.RevisitFunction;
import org.casewatch.ingest.social.source.SocialSource;
import org.casewatch.ingest.social.source.SocialSourceBuilder;
import org.casewatch.ingest.source.FeedSource;
import org.casewatch.ingest.source.FeedSourceBuilder;
import org.casewatch.ingest.source.SitemapSource;
import org.casewatch.ingest.source.SitemapSourceBuilder;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.FeedItem;
import org.casewatch.model.SocialPost;
import org.casewatch.nlp.flink.AnnotateFunction;
import org.casewatch.pipeline.cases.CaseConfig;
import org.casewatch.pipeline.cases.flink.AssembleCasesFunction;
import org.casewatch.pipeline.cases.flink.CaseWrite;
import org.casewatch.pipeline.cases.flink.CaseWriteConverter;
import org.casewatch.pipeline.cases.flink.DocumentWrite;
import org.casewatch.pipeline.cases.flink.DocumentWriteConverter;
import org.casewatch.pipeline.cases.flink.RecordWrite;
import org.casewatch.pipeline.config.FeedSubscription;
import org.casewatch.pipeline.config.SitemapSubscription;
import org.casewatch.pipeline.status.SourceStatusListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The casewatch streaming job: feeds, then article fetch and extraction, then annotation, then the
 * Elasticsearch sinks.
 *
 * <pre>
 *   feed and sitemap sources (one per interval) ─▶ fetch + extract ─▶ revisit ─┐
 *   archive source (WARC pages, exported posts) ─▶ router ─────────┤
 *   social source ─▶ posts as documents ────────────────┴▶ provenance ─▶ annotate ─┐
 *                   assemble cases (parallelism 1) ─▶ cases sink              ◀┘
 *                     ├▶ documents with case ids, case-id updates ─▶ documents sink (by id)
 *                     ├▶ claims with case ids ─▶ claims sink
 *                     └▶ events with case ids ─▶ events sink
 *          fetch, revisit, archive and NLP failures ─▶ dead-letter sink (casewatch-dead-letters)
 * </pre>
 *
 * <p>The revisit step (continuous runs only) re-fetches each article at the configured delays and
 * sends edited, deleted and restored articles on with their revisions, to be rewritten whole. The
 * sources write their per-poll status to {@code casewatch-sources} ({@code sources status}).
 *
 * <p>Every operator has a stable {@code uid} so that checkpoints map onto a changed graph.
 * Checkpoints go to files under {@link JobConfig#checkpointDirectory()}; the sinks flush on every
 * checkpoint, so a completed checkpoint means the documents it covers are in Elasticsearch. A
 * failing task is restarted a bounded number of times (fixed delay), then the job fails with the
 * cause.
 */
public final class CasewatchJob {

  /** How many times a failed task is restarted before the job fails: **3**. */
  public static final int DEFAULT_RESTART_ATTEMPTS = 3;

  private static final String LOOPBACK = "127.0.0.1";
  private static final Logger LOG = LoggerFactory.getLogger(CasewatchJob.class);

  private CasewatchJob() {}

  /** The Flink configuration for a local run of the job. */
  public static Configuration flinkConfiguration(JobConfig config) {
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
    conf.set(
        CheckpointingOptions.CHECKPOINTS_DIRECTORY, config.checkpointPath().toUri().toString());
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, config.checkpointInterval());
    conf.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, 2);
    conf.set(CheckpointingOptions.ENABLE_CHECKPOINTS_AFTER_TASKS_FINISH, true);
    // Annotation is slow (seconds per article) and builds up backpressure: an aligned barrier
    // would wait behind every queued article, so checkpoints would complete only when the queue
    // drains. Unaligned checkpoints store the in-flight records instead and complete on time.
    conf.set(CheckpointingOptions.ENABLE_UNALIGNED, true);
    conf.set(
        CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(
        RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, DEFAULT_RESTART_ATTEMPTS);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(5));
    conf.set(StateRecoveryOptions.LOCAL_RECOVERY, false);
    // The in-process cluster's RPC, BLOB and REST endpoints listen on loopback only, on free ports.
    conf.set(JobManagerOptions.ADDRESS, LOOPBACK);
    conf.set(JobManagerOptions.BIND_HOST, LOOPBACK);
    conf.set(TaskManagerOptions.HOST, LOOPBACK);
    conf.set(TaskManagerOptions.BIND_HOST, LOOPBACK);
    conf.set(RestOptions.ADDRESS, LOOPBACK);
    conf.set(RestOptions.BIND_ADDRESS, LOOPBACK);
    conf.set(RestOptions.BIND_PORT, "0");
    return conf;
  }

  /** Adds the job's operators to {@code env}. */
  public static void define(StreamExecutionEnvironment env, JobConfig config) {
    // Every poll of every source updates its document in casewatch-sources (sources status).
    SourceStatusListeners statusListeners = SourceStatusListeners.forJob(config);
    DataStream<FeedItem> items = null;
    // One feed source per poll interval: the interval is part of the source's uid, so a feed
    // keeps its checkpointed state as long as its interval stays the same.
    Map<Duration, List<String>> byInterval = new TreeMap<>();
    for (FeedSubscription feed : config.feeds()) {
      byInterval.computeIfAbsent(feed.pollInterval(), k -> new ArrayList<>()).add(feed.url());
    }
    for (Map.Entry<Duration, List<String>> group : byInterval.entrySet()) {
      FeedSourceBuilder builder =
          FeedSource.builder()
              .feedUrls(group.getValue())
              .fetchConfig(config.fetch())
              .pollListener(statusListeners);
      FeedSource source =
          (config.bounded() ? builder.bounded() : builder.continuous(group.getKey())).build();
      String uid = "feeds-" + group.getKey();
      DataStream<FeedItem> stream =
          env.fromSource(source, WatermarkStrategy.noWatermarks(), uid).uid(uid).setParallelism(1);
      items = items == null ? stream : items.union(stream);
    }
    // Sitemaps likewise, one source per interval; their entries take the feed items' road.
    Map<Duration, List<String>> sitemapsByInterval = new TreeMap<>();
    for (SitemapSubscription sitemap : config.sitemaps()) {
      sitemapsByInterval
          .computeIfAbsent(sitemap.pollInterval(), k -> new ArrayList<>())
          .add(sitemap.url());
    }
    for (Map.Entry<Duration, List<String>> group : sitemapsByInterval.entrySet()) {
      SitemapSourceBuilder builder =
          SitemapSource.builder()
              .sitemapUrls(group.getValue())
              .fetchConfig(config.fetch())
              .pollListener(statusListeners);
      SitemapSource source =
          (config.bounded() ? builder.bounded() : builder.continuous(group.getKey())).build();
      String uid = "sitemaps-" + group.getKey();
      DataStream<FeedItem> stream =
          env.fromSource(source, WatermarkStrategy.noWatermarks(), uid).uid(uid).setParallelism(1);
      items = items == null ? stream : items.union(stream);
    }

    DataStream<Article> articles = null;
    SingleOutputStreamOperator<Article> fetched = null;
    SingleOutputStreamOperator<Article> revisited = null;
    if (items != null) {
      // Keyed by host: one host's pages meet in one subtask, paced there (ADR 0005).
      fetched =
          FetchArticleFunction.byHost(items)
              .process(new FetchArticleFunction(config.fetch()))
              .uid("fetch-article")
              .name("fetch and extract articles")
              .setParallelism(config.parallelism());
      articles = fetched;
      // Revisits at 24 h and 7 d (configurable) record edits and take-downs; a bounded run ends
      // long before any revisit is due, so only the continuous job revisits.
      if (config.revisit().enabled() && !config.bounded()) {
        revisited =
            fetched
                .keyBy(Article::id)
                .process(new RevisitFunction(config.fetch(), config.revisit()))
                .uid("revisit")
                .name("revisit articles for edits and deletions")
                .setParallelism(config.parallelism());
        articles = revisited;
      }
    }
    if (!config.social().isEmpty()) {
      SocialSourceBuilder builder =
          SocialSource.builder()
              .queries(config.social())
              .fetchConfig(config.fetch())
              .pollListener(statusListeners);
      SocialSource source = (config.bounded() ? builder.bounded() : builder.continuous()).build();
      DataStream<Article> posts =
          env.fromSource(source, WatermarkStrategy.noWatermarks(), "social")
              .uid("social-source")
              .setParallelism(1)
              .map(new PostToArticle())
              .uid("social-to-article")
              .name("posts as documents")
              .setParallelism(1);
      articles = articles == null ? posts : articles.union(posts);
    }
    // Archives are read once (a bounded source); the split state is the resume point in a file.
    SingleOutputStreamOperator<Article> archived = null;
    if (!config.archives().isEmpty()) {
      archived =
          env.fromSource(
                  ArchiveSource.of(config.archives(), statusListeners),
                  WatermarkStrategy.noWatermarks(),
                  "archives")
              .uid("archive-source")
              .setParallelism(1)
              .process(new ArchiveItemRouter())
              .uid("archive-router")
              .name("archive records as documents")
              .setParallelism(1);
      articles = articles == null ? archived : articles.union(archived);
    }

    // One global window of recent documents, so that copies from any source meet: parallelism 1.
    articles =
        articles
            .process(new ProvenanceFunction())
            .uid("provenance")
            .name("provenance and syndication groups")
            .setParallelism(1);

    SingleOutputStreamOperator<AnnotatedDocument> documents =
        articles
            .process(new AnnotateFunction(config.nlp()))
            .uid("annotate")
            .name("annotate")
            .setParallelism(config.parallelism());

    // Cases join claims across documents, so one instance sees every document (ADR 0007). It
    // emits the cases a document changed (and deletes of cases that no longer exist), and the
    // claims and events with their case ids.
    SingleOutputStreamOperator<CaseWrite> cases =
        documents
            .process(new AssembleCasesFunction(CaseConfig.defaults()))
            .uid("assemble-cases")
            .name("assemble cases")
            .setParallelism(1);
    cases
        .sinkTo(
            ElasticsearchSink.<CaseWrite>builder()
                .connection(config.elasticsearch())
                .converter(new CaseWriteConverter())
                .build())
        .uid("cases-sink")
        .name("index cases")
        .setParallelism(1);
    // Documents are written from the case operator, whole with their case ids, followed by
    // case-id updates when a merge moves them; keyed by id so each document's writes stay in order.
    cases
        .getSideOutput(AssembleCasesFunction.DOCUMENTS)
        .keyBy(DocumentWrite::documentId)
        .sinkTo(
            ElasticsearchSink.<DocumentWrite>builder()
                .connection(config.elasticsearch())
                .converter(new DocumentWriteConverter())
                .build())
        .uid("documents-sink")
        .name("index documents")
        .setParallelism(config.parallelism());
    // Claims and events with their case ids, and deletes of those a re-fetched document lost
    // (ADR 0007), keyed by record id so each record's writes stay in order.
    cases
        .getSideOutput(AssembleCasesFunction.CLAIMS)
        .keyBy(RecordWrite::id)
        .sinkTo(
            ElasticsearchSink.<RecordWrite>builder()
                .connection(config.elasticsearch())
                .converter(new RecordWrite.Converter())
                .build())
        .uid("claims-sink")
        .name("index claims")
        .setParallelism(config.parallelism());
    cases
        .getSideOutput(AssembleCasesFunction.EVENTS)
        .keyBy(RecordWrite::id)
        .sinkTo(
            ElasticsearchSink.<RecordWrite>builder()
                .connection(config.elasticsearch())
                .converter(new RecordWrite.Converter())
                .build())
        .uid("events-sink")
        .name("index events")
        .setParallelism(config.parallelism());

    DataStream<DeadLetter> deadLetters = documents.getSideOutput(AnnotateFunction.NLP_FAILURES);
    if (fetched != null) {
      deadLetters = deadLetters.union(fetched.getSideOutput(FetchArticleFunction.DEAD_LETTERS));
    }
    if (revisited != null) {
      deadLetters = deadLetters.union(revisited.getSideOutput(RevisitFunction.DEAD_LETTERS));
    }
    if (archived != null) {
      deadLetters = deadLetters.union(archived.getSideOutput(ArchiveItemRouter.DEAD_LETTERS));
    }
    deadLetters
        .sinkTo(ElasticsearchSinks.deadLetters(config.elasticsearch()).build())
        .uid("dead-letter-sink")
        .name("index dead letters")
        .setParallelism(1);
  }

  /** Turns a social-media post into the document model articles use. */
  static final class PostToArticle implements MapFunction<SocialPost, Article> {
    private static final long serialVersionUID = 1L;

    @Override
    public Article map(SocialPost post) {
      return post.toArticle(Instant.now());
    }
  }

  /**
   * Starts the job on a local MiniCluster in this JVM and returns at once.
   *
   * @return the client to wait for or cancel the job
   */
  public static JobClient start(JobConfig config) throws Exception {
    Configuration conf = flinkConfiguration(config);
    if (config.resume()) {
      Optional<Path> checkpoint = CheckpointLocator.latest(config.checkpointPath());
      if (checkpoint.isPresent()) {
        LOG.info("Restoring from {}", checkpoint.get());
        conf.set(StateRecoveryOptions.SAVEPOINT_PATH, checkpoint.get().toUri().toString());
        // Sources removed from the sources file leave state no operator claims: drop it.
        conf.set(StateRecoveryOptions.SAVEPOINT_IGNORE_UNCLAIMED_STATE, true);
      }
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    define(env, config);
    return env.executeAsync(config.bounded() ? "casewatch (bounded)" : "casewatch");
  }
}
