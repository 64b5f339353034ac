package org.casewatch.index.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.casewatch.index.mapping.SampleDocuments;
import org.casewatch.index.sink.internal.BulkItem;
import org.casewatch.index.sink.internal.ItemResult;
import org.casewatch.model.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class ElasticsearchWriterTest {

  private static final String DOCS = "casewatch-documents";
  private static final String DLQ = "casewatch-dead-letters";
  private static final ItemResult REJECTED =
      new ItemResult(429, "es_rejected_execution_exception", "rejected execution of coordinating");
  private static final ItemResult UNAVAILABLE =
      new ItemResult(503, "unavailable_shards_exception", "primary shard is not active");
  private static final ItemResult MAPPING_ERROR =
      new ItemResult(
          400, "document_parsing_exception", "failed to parse field [published_at] of type [date]");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ScriptedBulkExecutor es = new ScriptedBulkExecutor();
  private final ManualTimeService time = new ManualTimeService();
  private final List<Duration> sleeps = new ArrayList<>();

  @Test
  void partialRateLimitRetriesOnlyTheRejectedItems() throws Exception {
    ElasticsearchWriter<AnnotatedDocument> writer = writer(limits(500, 5 << 20, 5));
    es.failItem(id(3), REJECTED).failItem(id(7), REJECTED);

    writeAll(writer, 1, 10);
    writer.flush(false);

    assertThat(es.requests()).hasSize(2);
    assertThat(es.ids(0)).hasSize(10);
    assertThat(es.ids(1)).containsExactly(id(3), id(7));
    assertThat(es.stored(DOCS)).hasSize(10);
    assertThat(es.stored(DLQ)).isEmpty();
    assertThat(sleeps).hasSize(1);
    assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    WriterMetrics metrics = writer.metrics();
    assertThat(metrics.indexed.getCount()).isEqualTo(10);
    assertThat(metrics.retried.getCount()).isEqualTo(2);
    assertThat(metrics.batches.getCount()).isEqualTo(2);
    assertThat(metrics.deadLettered.getCount()).isZero();
  }

  @Test
  void mappingErrorIsDeadLetteredWithReasonAndSourceUrlAndNotRetried() throws Exception {
    ElasticsearchWriter<AnnotatedDocument> writer = writer(limits(500, 5 << 20, 5));
    es.failItem(id(2), MAPPING_ERROR, MAPPING_ERROR);

    writeAll(writer, 1, 3);
    writer.flush(false);

    assertThat(es.requests()).hasSize(2);
    assertThat(es.requests().get(1)).allSatisfy(item -> assertThat(item.index()).isEqualTo(DLQ));
    assertThat(es.stored(DOCS)).containsOnlyKeys(id(1), id(3));
    assertThat(es.stored(DLQ)).hasSize(1);
    JsonNode letter = JSON.readTree(es.stored(DLQ).values().iterator().next());
    assertThat(letter.path("id").asText()).isEqualTo(id(2));
    assertThat(letter.path("stage").asText()).isEqualTo("index");
    assertThat(letter.path("status").asInt()).isEqualTo(400);
    assertThat(letter.path("error_type").asText()).isEqualTo("document_parsing_exception");
    assertThat(letter.path("reason").asText()).contains("failed to parse field [published_at]");
    assertThat(letter.path("source_url").asText()).startsWith(SampleDocuments.canonicalUrl(2));
    assertThat(letter.path("failed_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
    assertThat(JSON.readTree(letter.path("document").asText()).path("id").asText())
        .isEqualTo(id(2));
    assertThat(sleeps).isEmpty();
    assertThat(writer.metrics().deadLettered.getCount()).isEqualTo(1);
    assertThat(writer.metrics().indexed.getCount()).isEqualTo(2);
  }

  @Test
  void retryableItemGoesToDeadLettersWhenRetriesAreExhausted() throws Exception {
    ElasticsearchWriter<AnnotatedDocument> writer = writer(limits(500, 5 << 20, 3));
    es.failItem(id(1), UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE);

    writeAll(writer, 1, 2);
    writer.flush(false);

    long sends =
        es.requests().stream().flatMap(List::stream).filter(i -> i.id().equals(id(1))).count();
    assertThat(sends).isEqualTo(4);
    assertThat(sleeps).hasSize(3);
    for (int retry = 1; retry <= 3; retry++) {
      long ceiling = 100L << (retry - 1);
      assertThat(sleeps.get(retry - 1).toMillis()).isBetween(ceiling / 2, ceiling);
    }
    JsonNode letter = JSON.readTree(es.stored(DLQ).values().iterator().next());
    assertThat(letter.path("reason").asText())
        .startsWith("retries exhausted: after 3 retries: unavailable_shards_exception");
    assertThat(letter.path("status").asInt()).isEqualTo(503);
    assertThat(es.stored(DOCS)).containsOnlyKeys(id(2));
    assertThat(writer.metrics().retried.getCount()).isEqualTo(3);
  }

  @Test
  void recordLargerThanTheBulkLimitIsDeadLetteredWithoutBeingSent() throws Exception {
    BulkLimits limits =
        new BulkLimits(
            500,
            2048,
            Duration.ofSeconds(1),
            5,
            Duration.ofMillis(100),
            Duration.ofSeconds(10),
            100);
    ElasticsearchWriter<AnnotatedDocument> writer = writer(limits);
    AnnotatedDocument huge = SampleDocuments.document(9, "huge", "word ".repeat(2000));

    writer.write(SampleDocuments.document(1), null);
    writer.write(huge, null);
    writer.flush(false);

    assertThat(es.requests().stream().flatMap(List::stream).map(BulkItem::id))
        .doesNotHaveDuplicates()
        .contains(id(1));
    assertThat(es.stored(DOCS)).containsOnlyKeys(id(1));
    JsonNode letter = JSON.readTree(es.stored(DLQ).values().iterator().next());
    assertThat(letter.path("id").asText()).isEqualTo(id(9));
    assertThat(letter.path("error_type").asText()).isEqualTo("document_too_large");
    assertThat(letter.path("status").asInt()).isEqualTo(413);
    assertThat(letter.path("document").asText()).hasSize(100);
    assertThat(letter.path("document_truncated").asBoolean()).isTrue();
  }

  @Test
  void flushReturnsOnlyWhenEveryItemIsAcknowledged() throws Exception {
    ElasticsearchWriter<AnnotatedDocument> writer = writer(limits(500, 5 << 20, 5));
    es.failItem(id(1), REJECTED, REJECTED).failRequests(0);

    writeAll(writer, 1, 3);
    assertThat(es.requests()).isEmpty();
    writer.flush(true);

    assertThat(writer.buffered()).isZero();
    assertThat(es.requests()).hasSize(4);
    assertThat(es.stored(DOCS)).containsOnlyKeys(id(1), id(2), id(3));
    assertThat(writer.metrics().indexed.getCount()).isEqualTo(3);
  }

  @Test
  void versionConflictIsCountedAsAlreadyNewerNotRetriedNorDeadLettered() throws Exception {
    ElasticsearchWriter<AnnotatedDocument> writer = writer(limits(500, 5 << 20, 5));
    es.failItem(id(1), new ItemResult(409, "version_conflict_engine_exception", "newer"));

    writeAll(writer, 1, 2);
    writer.flush(false);

    assertThat(es.requests()).hasSize(1);
    assertThat(es.stored(DLQ)).isEmpty();
    assertThat(writer.metrics().alreadyNewer.getCount()).isEqualTo(1);
    assertThat(writer.metrics().indexed.getCount()).isEqualTo(1);
  }

  @Test
  void sendsWhenTheActionOrByteLimitIsReached() throws Exception {
    ElasticsearchWriter<AnnotatedDocument> writer = writer(limits(4, 5 << 20, 5));
    writeAll(writer, 1, 10);
    assertThat(es.requests()).extracting(List::size).containsExactly(4, 4);
    writer.flush(false);
    assertThat(es.requests()).extracting(List::size).containsExactly(4, 4, 2);

    ScriptedBulkExecutor bytes = new ScriptedBulkExecutor();
    ElasticsearchWriter<AnnotatedDocument> small =
        new ElasticsearchWriter<>(
            new DocumentConverter(),
            limits(500, 2048, 5),
            DLQ,
            bytes,
            UnregisteredMetricsGroup.createSinkWriterMetricGroup(),
            time,
            sleeps::add,
            clock());
    writeAll(small, 1, 6);
    small.flush(false);
    assertThat(bytes.requests()).hasSizeGreaterThan(1);
    for (List<BulkItem> request : bytes.requests()) {
      assertThat(request.stream().mapToLong(BulkItem::size).sum()).isLessThanOrEqualTo(2048);
    }
    assertThat(bytes.stored(DOCS)).hasSize(6);
  }

  @Test
  void timerSendsTheBufferOnceTheFlushIntervalHasPassed() throws Exception {
    ElasticsearchWriter<AnnotatedDocument> writer = writer(limits(500, 5 << 20, 5));
    writer.write(SampleDocuments.document(1), null);

    time.advanceTo(999);
    assertThat(es.requests()).isEmpty();
    time.advanceTo(1000);
    assertThat(es.ids(0)).containsExactly(id(1));

    writer.write(SampleDocuments.document(2), null);
    time.advanceTo(2000);
    assertThat(es.requests()).hasSize(2);
  }

  @Test
  void deadLetterIndexRefusalFailsTheJob() throws Exception {
    ElasticsearchWriter<AnnotatedDocument> writer = writer(limits(500, 5 << 20, 5));
    es.failItem(id(1), MAPPING_ERROR)
        .failIndex(DLQ, new ItemResult(403, "security_exception", "no"));

    writeAll(writer, 1, 1);

    assertThatThrownBy(() -> writer.flush(false))
        .isInstanceOf(DeadLetterWriteException.class)
        .hasMessageContaining(DLQ)
        .hasMessageContaining("403");
  }

  @Test
  void wholeRequestFailures() throws Exception {
    ElasticsearchWriter<AnnotatedDocument> refused = writer(limits(500, 5 << 20, 5));
    es.failRequests(401);
    writeAll(refused, 1, 1);
    assertThatThrownBy(() -> refused.flush(false))
        .isInstanceOf(ElasticsearchSinkException.class)
        .satisfies(e -> assertThat(((ElasticsearchSinkException) e).status()).isEqualTo(401));

    ScriptedBulkExecutor down = new ScriptedBulkExecutor().failRequests(0, 0, 0, 503);
    ElasticsearchWriter<AnnotatedDocument> unreachable =
        new ElasticsearchWriter<>(
            new DocumentConverter(),
            limits(500, 5 << 20, 3),
            DLQ,
            down,
            UnregisteredMetricsGroup.createSinkWriterMetricGroup(),
            time,
            sleeps::add,
            clock());
    writeAll(unreachable, 1, 1);
    assertThatThrownBy(() -> unreachable.flush(false))
        .isInstanceOf(ElasticsearchSinkException.class)
        .hasMessageContaining("after 3 retries");
    assertThat(down.requests()).hasSize(4);
    assertThat(down.stored(DLQ)).isEmpty();
  }

  @Test
  void closeClosesTheExecutor() throws IOException {
    writer(limits(500, 5 << 20, 5)).close();
    assertThat(es.closed()).isTrue();
  }

  private ElasticsearchWriter<AnnotatedDocument> writer(BulkLimits limits) {
    return new ElasticsearchWriter<>(
        new DocumentConverter(),
        limits,
        DLQ,
        es,
        UnregisteredMetricsGroup.createSinkWriterMetricGroup(),
        time,
        sleeps::add,
        clock());
  }

  private static Clock clock() {
    return Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
  }

  private static BulkLimits limits(int maxActions, long maxBytes, int maxRetries) {
    return new BulkLimits(
        maxActions,
        maxBytes,
        Duration.ofSeconds(1),
        maxRetries,
        Duration.ofMillis(100),
        Duration.ofSeconds(10),
        BulkLimits.DEFAULT_DEAD_LETTER_DOCUMENT_CAP_CHARS);
  }

  private static void writeAll(ElasticsearchWriter<AnnotatedDocument> writer, int from, int to)
      throws Exception {
    for (int n = from; n <= to; n++) {
      writer.write(SampleDocuments.document(n), null);
    }
  }

  private static String id(int n) {
    return SampleDocuments.document(n).id();
  }
}
