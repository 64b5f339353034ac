package org.casewatch.index.sink;

import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.DeadLetter;

/**
 * Ready-made sink builders for the two record types casewatch indexes.
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

  /** A builder for upstream dead letters into {@code casewatch-dead-letters}, default limits. */
  public static ElasticsearchSinkBuilder<DeadLetter> deadLetters(
      ElasticsearchConnection connection) {
    return ElasticsearchSink.<DeadLetter>builder()
        .connection(connection)
        .converter(new DeadLetterConverter());
  }
}
