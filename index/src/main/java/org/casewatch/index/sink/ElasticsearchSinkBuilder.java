package org.casewatch.index.sink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Objects;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.mapping.CasewatchIndex;

/**
 * Collects and validates the configuration of an {@link ElasticsearchSink}.
 *
 * <p>Every limit starts at its {@link BulkLimits} default; {@link #build()} checks that a
 * connection and a converter are set, that the limits are in range and that the converter really
 * serializes, so mistakes surface when the job is built, not on the cluster.
 *
 * <pre>{@code
 * ElasticsearchSink<AnnotatedDocument> sink = ElasticsearchSink.<AnnotatedDocument>builder()
 *     .connection(connection)
 *     .converter(new DocumentConverter())
 *     .maxActions(200)
 *     .flushInterval(Duration.ofMillis(500))
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe.
 *
 * @param <IN> the record type
 */
public final class ElasticsearchSinkBuilder<IN> {

  private ElasticsearchConnection connection;
  private ElementConverter<IN> converter;
  private int maxActions = BulkLimits.DEFAULT_MAX_ACTIONS;
  private long maxBytes = BulkLimits.DEFAULT_MAX_BYTES;
  private Duration flushInterval = BulkLimits.DEFAULT_FLUSH_INTERVAL;
  private int maxRetries = BulkLimits.DEFAULT_MAX_RETRIES;
  private Duration initialBackoff = BulkLimits.DEFAULT_INITIAL_BACKOFF;
  private Duration maxBackoff = BulkLimits.DEFAULT_MAX_BACKOFF;
  private int deadLetterDocumentCapChars = BulkLimits.DEFAULT_DEAD_LETTER_DOCUMENT_CAP_CHARS;
  private String deadLetterIndex = CasewatchIndex.DEAD_LETTERS.alias();
  private boolean ensureIndices = true;

  ElasticsearchSinkBuilder() {}

  /** Where Elasticsearch is. Required. */
  public ElasticsearchSinkBuilder<IN> connection(ElasticsearchConnection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
    return this;
  }

  /** How a record becomes an index operation. Required. */
  public ElasticsearchSinkBuilder<IN> converter(ElementConverter<IN> converter) {
    this.converter = Objects.requireNonNull(converter, "converter");
    return this;
  }

  /** Documents per bulk request; default **500**. */
  public ElasticsearchSinkBuilder<IN> maxActions(int maxActions) {
    this.maxActions = maxActions;
    return this;
  }

  /** JSON bytes per bulk request and per document; default **5 MiB**. */
  public ElasticsearchSinkBuilder<IN> maxBytes(long maxBytes) {
    this.maxBytes = maxBytes;
    return this;
  }

  /** Longest time a record waits in the buffer; default **1 second**. */
  public ElasticsearchSinkBuilder<IN> flushInterval(Duration flushInterval) {
    this.flushInterval = flushInterval;
    return this;
  }

  /** Retries per item before it is dead-lettered; default **5**. */
  public ElasticsearchSinkBuilder<IN> maxRetries(int maxRetries) {
    this.maxRetries = maxRetries;
    return this;
  }

  /** First and longest wait between retries; defaults **100 ms** and **10 seconds**. */
  public ElasticsearchSinkBuilder<IN> backoff(Duration initial, Duration max) {
    this.initialBackoff = initial;
    this.maxBackoff = max;
    return this;
  }

  /** Longest failed-document text kept in a dead letter; default **16384 characters**. */
  public ElasticsearchSinkBuilder<IN> deadLetterDocumentCapChars(int capChars) {
    this.deadLetterDocumentCapChars = capChars;
    return this;
  }

  /** The index or alias for dead letters; default {@code casewatch-dead-letters}. */
  public ElasticsearchSinkBuilder<IN> deadLetterIndex(String deadLetterIndex) {
    this.deadLetterIndex = deadLetterIndex;
    return this;
  }

  /**
   * Whether each writer runs {@link org.casewatch.index.mapping.IndexSetup} on start; default
   * **true**. Turn off when indices are managed outside the job.
   */
  public ElasticsearchSinkBuilder<IN> ensureIndices(boolean ensureIndices) {
    this.ensureIndices = ensureIndices;
    return this;
  }

  /**
   * The sink.
   *
   * @throws IllegalStateException when the connection or converter is missing
   * @throws IllegalArgumentException when a limit is out of range, the dead-letter index is not a
   *     {@code casewatch-} name, or the converter cannot be serialized
   */
  public ElasticsearchSink<IN> build() {
    if (connection == null) {
      throw new IllegalStateException("connection is required");
    }
    if (converter == null) {
      throw new IllegalStateException("converter is required");
    }
    if (deadLetterIndex == null || !deadLetterIndex.startsWith(CasewatchIndex.PREFIX)) {
      throw new IllegalArgumentException(
          "deadLetterIndex must start with " + CasewatchIndex.PREFIX + ", was " + deadLetterIndex);
    }
    BulkLimits limits =
        new BulkLimits(
            maxActions,
            maxBytes,
            flushInterval,
            maxRetries,
            initialBackoff,
            maxBackoff,
            deadLetterDocumentCapChars);
    requireSerializable(converter);
    return new ElasticsearchSink<>(connection, converter, limits, deadLetterIndex, ensureIndices);
  }

  private static void requireSerializable(Object value) {
    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      out.writeObject(value);
    } catch (NotSerializableException e) {
      throw new IllegalArgumentException(
          "converter must be serializable; " + e.getMessage() + " is not", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("converter cannot be serialized: " + e, e);
    }
  }
}
