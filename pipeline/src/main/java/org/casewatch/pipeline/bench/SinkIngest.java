package org.casewatch.pipeline.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.source.lib.NumberSequenceSource;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.sink.ElasticsearchSink;

/**
 * The sink side of the ingest comparison: a Flink job on an in-process MiniCluster whose source
 * emits document numbers and whose sink is casewatch's {@link ElasticsearchSink}, built the way the
 * pipeline builds it, so the measured path is the one users get (Flink runtime, converter, the
 * writer's buffering and bulk requests through the typed client, per-item classification).
 *
 * <p>Parallelism is **1**, the pipeline's default, and the source is chained to the sink, so the
 * job does its work on one thread like the {@link BulkLoop} baseline. The clock starts when the
 * first document is converted and stops when the job has finished, so starting the MiniCluster and
 * deploying the job (a one-off cost for a streaming job) are not counted, just as the baseline's
 * clock starts at its first document.
 */
final class SinkIngest {

  private static final String LOOPBACK = "127.0.0.1";

  private final ElasticsearchConnection connection;
  private final ElasticsearchClient client;
  private final int maxActions;
  private final long maxBytes;

  SinkIngest(
      ElasticsearchConnection connection,
      ElasticsearchClient client,
      int maxActions,
      long maxBytes) {
    this.connection = connection;
    this.client = client;
    this.maxActions = maxActions;
    this.maxBytes = maxBytes;
  }

  /**
   * Writes documents {@code from} (inclusive) to {@code to} (exclusive) into {@code index} through
   * the sink; dead letters go to {@link BenchIndices#DEAD_LETTERS}.
   *
   * @param parallelism sink writers (and source readers) in the job; the comparison uses **1**
   * @param progress told the index's document count every few seconds; may be null
   */
  IngestResult load(
      String index,
      DocumentGenerator generator,
      MappingFilter filter,
      long from,
      long to,
      int parallelism,
      Progress progress)
      throws Exception {
    ElasticsearchSink<Long> sink =
        ElasticsearchSink.<Long>builder()
            .connection(connection)
            .converter(new BenchDocumentConverter(index, generator, filter))
            .maxActions(maxActions)
            .maxBytes(maxBytes)
            .deadLetterIndex(BenchIndices.DEAD_LETTERS)
            .ensureIndices(false)
            .build();
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(parallelism, configuration());
    env.fromSource(
            new NumberSequenceSource(from, to - 1),
            WatermarkStrategy.noWatermarks(),
            "document numbers")
        .uid("bench-numbers")
        .sinkTo(sink)
        .uid("bench-documents-sink")
        .name("index benchmark documents");
    long before = count(index);
    long deadBefore = deadLetters();
    ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    if (progress != null) {
      poller.scheduleWithFixedDelay(
          () -> {
            try {
              progress.update(count(index) - before);
            } catch (IOException | RuntimeException e) {
              // A missed progress line is harmless; the next poll tries again.
            }
          },
          1,
          1,
          TimeUnit.SECONDS);
    }
    BenchDocumentConverter.FIRST_RECORD_NANOS.set(0);
    long submitted = System.nanoTime();
    try {
      env.execute("casewatch bench: sink ingest");
    } finally {
      poller.shutdownNow();
    }
    long deadLetters = deadLetters() - deadBefore;
    return new IngestResult(
        parallelism == 1 ? "sink" : "sink, parallelism " + parallelism,
        index,
        to - from,
        deadLetters,
        System.nanoTime() - firstRecord(submitted));
  }

  private static long firstRecord(long submitted) {
    long first = BenchDocumentConverter.FIRST_RECORD_NANOS.get();
    return first == 0 ? submitted : first;
  }

  private long count(String index) throws IOException {
    return client.count(c -> c.index(index)).count();
  }

  private long deadLetters() throws IOException {
    boolean exists = client.indices().exists(e -> e.index(BenchIndices.DEAD_LETTERS)).value();
    if (!exists) {
      return 0;
    }
    client.indices().refresh(r -> r.index(BenchIndices.DEAD_LETTERS));
    return count(BenchIndices.DEAD_LETTERS);
  }

  /** An in-process cluster listening on loopback only, on free ports. */
  private static Configuration configuration() {
    Configuration conf = new Configuration();
    conf.set(JobManagerOptions.ADDRESS, LOOPBACK);
    conf.set(JobManagerOptions.BIND_HOST, LOOPBACK);
    conf.set(TaskManagerOptions.HOST, LOOPBACK);
    conf.set(TaskManagerOptions.BIND_HOST, LOOPBACK);
    conf.set(RestOptions.ADDRESS, LOOPBACK);
    conf.set(RestOptions.BIND_ADDRESS, LOOPBACK);
    conf.set(RestOptions.BIND_PORT, "0");
    return conf;
  }
}
