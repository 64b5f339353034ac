package org.casewatch.index.sink;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.mapping.DocumentSource;
import org.casewatch.index.mapping.Indices;
import org.casewatch.index.mapping.SampleDocuments;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.DeadLetter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(ElasticsearchExtension.class)
class ElasticsearchSinkITCase {

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final int N = 60;

  private ElasticsearchClient client;
  private ElasticsearchConnection connection;

  @BeforeEach
  void emptyIndices(ElasticsearchClient client, ElasticsearchConnection connection)
      throws IOException {
    this.client = client;
    this.connection = connection;
    Indices.reset(client);
  }

  @Test
  void writesEveryDocumentOnceEvenWhenTheJobRunsTwice() throws Exception {
    List<AnnotatedDocument> documents = documents(1, N);
    ElasticsearchSink<AnnotatedDocument> sink =
        ElasticsearchSinks.documents(connection).maxActions(25).build();

    run(documents, sink);
    Indices.refresh(client);
    long afterFirst = client.count(c -> c.index("casewatch-documents")).count();
    run(documents, sink);
    Indices.refresh(client);
    long afterSecond = client.count(c -> c.index("casewatch-documents")).count();

    assertThat(afterFirst).isEqualTo(N);
    assertThat(afterSecond).isEqualTo(N);
    AnnotatedDocument seventh = documents.get(6);
    @SuppressWarnings("rawtypes")
    GetResponse<Map> stored =
        client.get(g -> g.index("casewatch-documents").id(seventh.id()), Map.class);
    assertThat(stored.version()).isEqualTo(2L);
    assertThat(stored.source())
        .containsEntry("id", seventh.id())
        .containsEntry("canonical_url", SampleDocuments.canonicalUrl(7))
        .containsEntry("title", seventh.article().title())
        .containsEntry("fetched_at", "2026-03-01T10:15:30Z")
        .containsEntry("lemmas", "the studio say it cooperate investigator")
        .containsEntry("nlp_partial", false)
        .containsKeys("entities", "sentiment", "sentences", "published_at");
    assertThat(client.count(c -> c.index("casewatch-dead-letters")).count()).isZero();
  }

  @Test
  void poisonDocumentsAreDeadLetteredWhileTheOthersLand() throws Exception {
    List<AnnotatedDocument> documents = documents(1, 20);
    AnnotatedDocument badDate = documents.get(4);
    AnnotatedDocument unknownField = documents.get(11);
    ElasticsearchSink<AnnotatedDocument> sink =
        ElasticsearchSink.<AnnotatedDocument>builder()
            .connection(connection)
            .converter(new PoisoningConverter(badDate.id(), unknownField.id()))
            .maxActions(8)
            .flushInterval(Duration.ofMillis(200))
            .build();

    run(documents, sink);
    Indices.refresh(client);

    assertThat(client.count(c -> c.index("casewatch-documents")).count()).isEqualTo(18);
    Map<String, Map<String, Object>> letters = deadLettersById();
    assertThat(letters).containsOnlyKeys(badDate.id(), unknownField.id());

    Map<String, Object> dateLetter = letters.get(badDate.id());
    assertThat(dateLetter)
        .containsEntry("stage", "index")
        .containsEntry("status", 400)
        .containsEntry("source_url", badDate.article().url())
        .containsEntry("error_type", "document_parsing_exception");
    assertThat((String) dateLetter.get("reason")).contains("published_at");
    assertThat((String) dateLetter.get("document")).contains("not a date");

    Map<String, Object> fieldLetter = letters.get(unknownField.id());
    assertThat(fieldLetter)
        .containsEntry("status", 400)
        .containsEntry("source_url", unknownField.article().url())
        .containsEntry("error_type", "strict_dynamic_mapping_exception");
    assertThat((String) fieldLetter.get("reason")).contains("surprise");
  }

  @Test
  void upstreamDeadLettersLandInTheDeadLetterIndex() throws Exception {
    List<DeadLetter> letters = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      letters.add(
          new DeadLetter(
              "item-" + n,
              "https://news.example/missing-" + n,
              "fetch",
              "HTTP_STATUS",
              "404 Not Found",
              404,
              Instant.parse("2026-03-01T09:00:00Z").plusSeconds(n)));
    }
    for (int run = 1; run <= 2; run++) {
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
      env.fromData(letters)
          .sinkTo(ElasticsearchSinks.deadLetters(connection).build())
          .uid("index-dead-letters");
      env.execute("dead letters, run " + run);
    }
    Indices.refresh(client);

    Map<String, Map<String, Object>> stored = deadLettersById();
    assertThat(stored).containsOnlyKeys("item-1", "item-2", "item-3", "item-4", "item-5");
    assertThat(stored.get("item-3"))
        .containsEntry("stage", "fetch")
        .containsEntry("source_url", "https://news.example/missing-3")
        .containsEntry("status", 404)
        .containsEntry("failed_at", "2026-03-01T09:00:03Z");
  }

  private static void run(
      List<AnnotatedDocument> documents, ElasticsearchSink<AnnotatedDocument> sink)
      throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    env.fromData(documents).rebalance().sinkTo(sink).uid("index-documents");
    env.execute("index documents");
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private Map<String, Map<String, Object>> deadLettersById() throws IOException {
    SearchResponse<Map> response =
        client.search(s -> s.index("casewatch-dead-letters").size(100), Map.class);
    Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    for (Hit<Map> hit : response.hits().hits()) {
      byId.put((String) hit.source().get("id"), hit.source());
    }
    return byId;
  }

  private static List<AnnotatedDocument> documents(int from, int to) {
    List<AnnotatedDocument> documents = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      documents.add(SampleDocuments.document(n));
    }
    return documents;
  }

  /** Writes documents normally, except two that break the strict mapping in different ways. */
  private static final class PoisoningConverter implements ElementConverter<AnnotatedDocument> {
    private final Set<String> badDate;
    private final Set<String> unknownField;

    PoisoningConverter(String badDate, String unknownField) {
      this.badDate = Set.of(badDate);
      this.unknownField = Set.of(unknownField);
    }

    @Override
    public IndexAction convert(AnnotatedDocument document) {
      IndexAction action = new DocumentConverter().convert(document);
      Map<String, Object> source = new LinkedHashMap<>(action.document());
      if (badDate.contains(document.id())) {
        source.put(DocumentSource.PUBLISHED_AT, "not a date");
      }
      if (unknownField.contains(document.id())) {
        source.put("surprise", "a field the mapping does not know");
      }
      return new IndexAction(action.index(), action.id(), action.sourceUrl(), source);
    }
  }
}
