package org.casewatch.pipeline.job;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.casewatch.index.sink.ElasticsearchSinks;
import org.casewatch.ingest.flink.FetchArticleFunction;
import org.casewatch.ingest.source.FeedSource;
import org.casewatch.ingest.source.FeedSourceBuilder;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.FeedItem;
import org.casewatch.nlp.flink.AnnotateFunction;

/**
 * The casewatch streaming job: feeds, then article fetch and extraction, then annotation, then the
 * Elasticsearch sinks.
 *
 * <pre>
 *   feed source ─▶ fetch + extract ─▶ annotate ─▶ documents sink (casewatch-documents)
 *                       │ failures         │ failures
 *                       └────────┬─────────┘
 *                                ▼
 *                   dead-letter sink (casewatch-dead-letters)
 * </pre>
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
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(
        RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, DEFAULT_RESTART_ATTEMPTS);
    conf.set(
        RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, java.time.Duration.ofSeconds(5));
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
    FeedSourceBuilder builder =
        FeedSource.builder().feedUrls(config.feeds()).fetchConfig(config.fetch());
    FeedSource source =
        (config.bounded() ? builder.bounded() : builder.continuous(config.pollInterval())).build();
    DataStream<FeedItem> items =
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "feeds")
            .uid("feed-source")
            .setParallelism(1);

    SingleOutputStreamOperator<Article> articles =
        items
            .process(new FetchArticleFunction(config.fetch()))
            .uid("fetch-article")
            .name("fetch and extract articles")
            .setParallelism(config.parallelism());

    SingleOutputStreamOperator<AnnotatedDocument> documents =
        articles
            .process(new AnnotateFunction(config.nlp()))
            .uid("annotate")
            .name("annotate")
            .setParallelism(config.parallelism());

    documents
        .sinkTo(ElasticsearchSinks.documents(config.elasticsearch()).build())
        .uid("documents-sink")
        .name("index documents")
        .setParallelism(config.parallelism());

    DataStream<DeadLetter> deadLetters =
        articles
            .getSideOutput(FetchArticleFunction.DEAD_LETTERS)
            .union(documents.getSideOutput(AnnotateFunction.NLP_FAILURES));
    deadLetters
        .sinkTo(ElasticsearchSinks.deadLetters(config.elasticsearch()).build())
        .uid("dead-letter-sink")
        .name("index dead letters")
        .setParallelism(1);
  }

  /**
   * Starts the job on a local MiniCluster in this JVM and returns at once.
   *
   * @return the client to wait for or cancel the job
   */
  public static JobClient start(JobConfig config) throws Exception {
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(flinkConfiguration(config));
    define(env, config);
    return env.executeAsync(config.bounded() ? "casewatch (bounded)" : "casewatch");
  }
}
