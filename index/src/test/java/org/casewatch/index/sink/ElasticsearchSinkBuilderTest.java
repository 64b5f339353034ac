package org.casewatch.index.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.DeadLetter;
import org.junit.jupiter.api.Test;

class ElasticsearchSinkBuilderTest {

  private static final ElasticsearchConnection CONNECTION =
      ElasticsearchConnection.builder().url("http://127.0.0.1:9200").build();

  @Test
  void defaultsAreTheDocumentedLimits() {
    ElasticsearchSink<AnnotatedDocument> sink = ElasticsearchSinks.documents(CONNECTION).build();
    assertThat(sink.limits()).isEqualTo(BulkLimits.defaults());
    assertThat(sink.limits().maxActions()).isEqualTo(500);
    assertThat(sink.limits().maxBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(sink.limits().flushInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(sink.limits().maxRetries()).isEqualTo(5);
    assertThat(sink.limits().initialBackoff()).isEqualTo(Duration.ofMillis(100));
    assertThat(sink.limits().maxBackoff()).isEqualTo(Duration.ofSeconds(10));
    assertThat(sink.deadLetterIndex()).isEqualTo("casewatch-dead-letters");
  }

  @Test
  void connectionAndConverterAreRequired() {
    assertThatThrownBy(
            () ->
                ElasticsearchSink.<DeadLetter>builder()
                    .converter(new DeadLetterConverter())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("connection");
    assertThatThrownBy(() -> ElasticsearchSink.<DeadLetter>builder().connection(CONNECTION).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("converter");
  }

  @Test
  void limitsOutOfRangeAreRejectedByName() {
    assertThatThrownBy(() -> ElasticsearchSinks.documents(CONNECTION).maxActions(0).build())
        .hasMessageContaining("maxActions");
    assertThatThrownBy(() -> ElasticsearchSinks.documents(CONNECTION).maxBytes(10).build())
        .hasMessageContaining("maxBytes");
    assertThatThrownBy(
            () -> ElasticsearchSinks.documents(CONNECTION).flushInterval(Duration.ZERO).build())
        .hasMessageContaining("flushInterval");
    assertThatThrownBy(() -> ElasticsearchSinks.documents(CONNECTION).maxRetries(-1).build())
        .hasMessageContaining("maxRetries");
    assertThatThrownBy(
            () ->
                ElasticsearchSinks.documents(CONNECTION)
                    .backoff(Duration.ofSeconds(2), Duration.ofSeconds(1))
                    .build())
        .hasMessageContaining("maxBackoff");
  }

  @Test
  void deadLetterIndexMustBeACasewatchName() {
    assertThatThrownBy(
            () -> ElasticsearchSinks.documents(CONNECTION).deadLetterIndex("dlq").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("casewatch-");
  }

  @Test
  void converterThatCannotBeSerializedIsRejected() {
    Object notSerializable = new Object();
    ElementConverter<String> capturing =
        s -> new IndexAction("casewatch-x", s + notSerializable.hashCode(), "", java.util.Map.of());
    assertThatThrownBy(
            () ->
                ElasticsearchSink.<String>builder()
                    .connection(CONNECTION)
                    .converter(capturing)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("serializ");
  }

  @Test
  void sinkSurvivesJavaSerialization() throws Exception {
    ElasticsearchSink<DeadLetter> sink =
        ElasticsearchSinks.deadLetters(CONNECTION).maxActions(7).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(sink);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      @SuppressWarnings("unchecked")
      ElasticsearchSink<DeadLetter> copy = (ElasticsearchSink<DeadLetter>) in.readObject();
      assertThat(copy.limits().maxActions()).isEqualTo(7);
    }
  }
}
