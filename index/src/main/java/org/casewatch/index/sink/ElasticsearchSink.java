package org.casewatch.index.sink;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Clock;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.mapping.IndexSetup;
import org.casewatch.index.sink.internal.ClientBulkExecutor;
import org.casewatch.index.sink.internal.Sleeper;

/**
 * A Flink Sink V2 that writes records to Elasticsearch as whole-document {@code index} operations
 * with deterministic ids, in bulk, with per-item failure handling.
 *
 * <p>Delivery is at-least-once: each checkpoint waits until everything written before it is
 * acknowledged, already newer, or in the dead-letter index. Because the converter gives every
 * record a deterministic id and writes whole documents, a replay after failover rewrites the same
 * documents, so the index holds each document exactly once. Items rejected with 429 or 5xx are
 * retried with capped exponential backoff and jitter; other 4xx go to the dead-letter index with
 * their reason and source URL; nothing is retried forever. See {@code
 * docs/adr/0003-elasticsearch-sink-design.md}.
 *
 * <p>The sink itself holds only serializable configuration; the Elasticsearch client is created on
 * the task in {@link #createWriter(WriterInitContext)} and closed with the writer.
 *
 * <pre>{@code
 * stream.sinkTo(ElasticsearchSinks.documents(connection).build()).uid("index-documents");
 * }</pre>
 *
 * @param <IN> the record type
 */
public final class ElasticsearchSink<IN> implements Sink<IN> {

  private static final long serialVersionUID = 1L;

  private final ElasticsearchConnection connection;
  private final ElementConverter<IN> converter;
  private final BulkLimits limits;
  private final String deadLetterIndex;
  private final boolean ensureIndices;

  ElasticsearchSink(
      ElasticsearchConnection connection,
      ElementConverter<IN> converter,
      BulkLimits limits,
      String deadLetterIndex,
      boolean ensureIndices) {
    this.connection = connection;
    this.converter = converter;
    this.limits = limits;
    this.deadLetterIndex = deadLetterIndex;
    this.ensureIndices = ensureIndices;
  }

  /** A builder for a sink of {@code IN} records. */
  public static <IN> ElasticsearchSinkBuilder<IN> builder() {
    return new ElasticsearchSinkBuilder<>();
  }

  /** The batching and retry limits. */
  public BulkLimits limits() {
    return limits;
  }

  /** The index or alias dead letters go to. */
  public String deadLetterIndex() {
    return deadLetterIndex;
  }

  @Override
  public SinkWriter<IN> createWriter(WriterInitContext context) throws IOException {
    ElasticsearchClient client = ElasticsearchClients.create(connection);
    try {
      if (ensureIndices) {
        new IndexSetup(client).ensureAll();
      }
    } catch (IOException | RuntimeException e) {
      client.close();
      throw e;
    }
    return new ElasticsearchWriter<>(
        converter,
        limits,
        deadLetterIndex,
        new ClientBulkExecutor(client),
        context.metricGroup(),
        context.getProcessingTimeService(),
        Sleeper.SYSTEM,
        Clock.systemUTC());
  }
}
