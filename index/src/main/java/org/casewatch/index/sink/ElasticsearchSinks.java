package org.casewatch.index.sink;

import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.model.AllegationCase;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.EventRecord;

/**
 * Ready-made sink builders for the record types casewatch indexes.
 *
 * <pre>{@code
 * documents.sinkTo(ElasticsearchSinks.documents(connection).build()).uid("index-documents");
 * failures.sinkTo(ElasticsearchSinks.deadLetters(connection).build()).uid("index-dead-letters");
 * }</pre>
 */
public final class ElasticsearchSinks {

  private ElasticsearchSinks() {}

  /** A builder for annotated documents into {@code casewatch-documents}, with default limits. */
  public static ElasticsearchSinkBuilder<AnnotatedDocument> documents(
      ElasticsearchConnection connection) {
    return ElasticsearchSink.<AnnotatedDocument>builder()
        .connection(connection)
        .converter(new DocumentConverter());
  }

  /** A builder for allegation cases into {@code casewatch-cases}, with default limits. */
  public static ElasticsearchSinkBuilder<AllegationCase> cases(ElasticsearchConnection connection) {
    return ElasticsearchSink.<AllegationCase>builder()
        .connection(connection)
        .converter(new CaseConverter());
  }

  /** A builder for allegation claims into {@code casewatch-claims}, with default limits. */
  public static ElasticsearchSinkBuilder<ClaimRecord> claims(ElasticsearchConnection connection) {
    return ElasticsearchSink.<ClaimRecord>builder()
        .connection(connection)
        .converter(new ClaimConverter());
  }

  /** A builder for case events into {@code casewatch-events}, with default limits. */
  public static ElasticsearchSinkBuilder<EventRecord> events(ElasticsearchConnection connection) {
    return ElasticsearchSink.<EventRecord>builder()
        .connection(connection)
        .converter(new EventConverter());
  }

  /** A builder for upstream dead letters into {@code casewatch-dead-letters}, default limits. */
  public static ElasticsearchSinkBuilder<DeadLetter> deadLetters(
      ElasticsearchConnection connection) {
    return ElasticsearchSink.<DeadLetter>builder()
        .connection(connection)
        .converter(new DeadLetterConverter());
  }
}
