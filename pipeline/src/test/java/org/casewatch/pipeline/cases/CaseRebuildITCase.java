package org.casewatch.pipeline.cases;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.mapping.CaseSource;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.sink.ElasticsearchSink;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.casewatch.model.AllegationCase;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.Annotations;
import org.casewatch.model.Article;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.Claim;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.DocumentAnalysis;
import org.casewatch.model.EventParty;
import org.casewatch.model.Evidence;
import org.casewatch.model.Provenance;
import org.casewatch.pipeline.ExternalCluster;
import org.casewatch.pipeline.cases.flink.AssembleCasesFunction;
import org.casewatch.pipeline.cases.flink.CaseWrite;
import org.casewatch.pipeline.cases.flink.CaseWriteConverter;
import org.casewatch.pipeline.cases.flink.RecordWrite;
import org.casewatch.pipeline.cases.internal.CaseBuilder;
import org.casewatch.pipeline.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case operator on a Flink MiniCluster writing to real Elasticsearch, then {@code casewatch
 * cases rebuild} over what it wrote: the rebuild must give the stream's cases document by document,
 * undo a merge on request and restore it again.
 */
@ExtendWith(ElasticsearchExtension.class)
class CaseRebuildITCase {

  @RegisterExtension
  static final MiniClusterExtension MINI_CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @TempDir static Path dir;

  private static ElasticsearchClient client;

  @BeforeEach
  void setUp() throws Exception {
    client = ElasticsearchExtension.client();
    ExternalCluster.resetIndices(client);
  }

  private static AnnotatedDocument doc(
      String path, String date, List<Claim> claims, List<CaseEvent> events) {
    String url = "https://news.example/" + path;
    Article article =
        new Article(
                url,
                url,
                "news.example",
                path,
                "body",
                Instant.parse(date + "T08:00:00Z"),
                Instant.parse(date + "T09:00:00Z"))
            .withProvenance(new Provenance("news.example", "web", null, null, null));
    Annotations annotations = new Annotations("en", List.of(), List.of(), null, List.of(), false);
    return new AnnotatedDocument(
        article, new DocumentAnalysis(annotations, claims, events, List.of()));
  }

  private static Claim claim(String name, String mention, String setting, int offset) {
    return new Claim(
        new ClaimParty(name, mention),
        new ClaimParty(null, "a former employee"),
        "sexual_harassment",
        "alleged",
        "accuser",
        null,
        null,
        setting,
        List.of(new Evidence("Claim sentence.", offset, offset + 15)),
        0.8);
  }

  private static CaseEvent event(String type, String date, String accused, int offset) {
    return new CaseEvent(
        type,
        date,
        "incident",
        List.of(new EventParty(accused, "accused")),
        new Evidence("Event sentence.", offset, offset + 15),
        0.8);
  }

  private static List<AnnotatedDocument> documents() {
    return List.of(
        // Out of publication order on purpose.
        doc(
            "wang-named",
            "2023-06-01",
            List.of(claim("Wang", "her manager", "Alibaba", 0)),
            List.of(event("police_report", "2023-05-30", "Wang", 40))),
        doc(
            "manager-described",
            "2023-03-01",
            List.of(claim(null, "her manager", "Alibaba", 0)),
            List.of(event("complaint_to_employer", "2023-02", "her manager", 40))),
        doc(
            "vellacott",
            "2023-03-14",
            List.of(claim("Graham Vellacott", "Mr Vellacott", "Corvane Shipping Group", 0)),
            List.of(event("internal_investigation", "2023-03-21", "Graham Vellacott", 40))),
        doc(
            "other-wang",
            "2024-01-10",
            List.of(claim("Wang Wei", "Wang Wei", "Tencent", 0)),
            List.of(event("charge", "2024-01-09", "Wang Wei", 40))));
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Map<String, Map<String, Object>> all(CasewatchIndex index) throws Exception {
    client.indices().refresh(r -> r.index(index.alias()));
    SearchResponse<Map> response = client.search(s -> s.index(index.alias()).size(1000), Map.class);
    Map<String, Map<String, Object>> out = new TreeMap<>();
    for (Hit<Map> h : response.hits().hits()) {
      out.put(h.id(), (Map<String, Object>) h.source());
    }
    return out;
  }

  private static Map<String, AllegationCase> cases() throws Exception {
    Map<String, AllegationCase> out = new TreeMap<>();
    all(CasewatchIndex.CASES).forEach((id, s) -> out.put(id, CaseSource.read(s)));
    return out;
  }

  private static Map<String, Object> caseIds(CasewatchIndex index) throws Exception {
    Map<String, Object> out = new TreeMap<>();
    all(index).forEach((id, s) -> out.put(id, s.get("case_id")));
    return out;
  }

  private static String rebuild(String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("cases", "rebuild"));
    args.addAll(List.of(extra));
    args.addAll(ExternalCluster.cliArguments(dir));
    StringWriter out = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    int code = cli.execute(args.toArray(String[]::new));
    assertThat(code).as(out.toString()).isZero();
    return out.toString();
  }

  /**
   * Runs the case operator over {@code docs}, in order, into the cases, claims and events sinks.
   */
  private static void stream(List<AnnotatedDocument> docs) throws Exception {
    ElasticsearchConnection es = ElasticsearchExtension.connection();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    SingleOutputStreamOperator<CaseWrite> cases =
        env.fromData(docs)
            .setParallelism(1)
            .process(new AssembleCasesFunction(CaseConfig.defaults()))
            .setParallelism(1)
            .uid("assemble-cases");
    cases
        .sinkTo(
            ElasticsearchSink.<CaseWrite>builder()
                .connection(es)
                .converter(new CaseWriteConverter())
                .build())
        .setParallelism(1);
    for (var tag : List.of(AssembleCasesFunction.CLAIMS, AssembleCasesFunction.EVENTS)) {
      cases
          .getSideOutput(tag)
          .keyBy(RecordWrite::id)
          .sinkTo(
              ElasticsearchSink.<RecordWrite>builder()
                  .connection(es)
                  .converter(new RecordWrite.Converter())
                  .build());
    }
    env.execute("cases");
  }

  @Test
  void rebuildGivesTheStreamsCasesAndUndoesAMergeOnRequest() throws Exception {
    stream(documents());

    Map<String, AllegationCase> streamed = cases();
    Map<String, Object> streamedClaims = caseIds(CasewatchIndex.CLAIMS);
    Map<String, Object> streamedEvents = caseIds(CasewatchIndex.EVENTS);
    String wang = CaseBuilder.caseId("n:wang");
    String described = CaseBuilder.caseId("d:manager@alibaba");
    assertThat(streamed.keySet())
        .containsExactlyInAnyOrder(
            wang,
            described,
            CaseBuilder.caseId("n:graham vellacott"),
            CaseBuilder.caseId("n:wang wei"));
    assertThat(streamed.get(described).mergedInto()).isEqualTo(wang);
    assertThat(streamed.get(wang).claimIds()).hasSize(2);
    assertThat(streamed.get(wang).eventIds()).hasSize(2);
    assertThat(streamed.get(wang).status()).isEqualTo("under_investigation");
    assertThat(streamed.get(CaseBuilder.caseId("n:wang wei")).status()).isEqualTo("charged");
    // Every claim and event in the index carries its final case id, the merged ones included.
    assertThat(streamedClaims.values()).doesNotContainNull().doesNotContain(described);
    assertThat(streamedEvents.values()).doesNotContainNull().doesNotContain(described);

    String output = rebuild();
    assertThat(output).contains("read 4 of 4 claims").contains("done: 3 cases");
    assertThat(cases()).isEqualTo(streamed);
    assertThat(caseIds(CasewatchIndex.CLAIMS)).isEqualTo(streamedClaims);
    assertThat(caseIds(CasewatchIndex.EVENTS)).isEqualTo(streamedEvents);

    rebuild("--exclude-merge", described);
    Map<String, AllegationCase> split = cases();
    assertThat(split.get(described).mergedInto()).isNull();
    assertThat(split.get(described).claimIds()).hasSize(1);
    assertThat(split.get(wang).merges()).isEmpty();
    assertThat(caseIds(CasewatchIndex.CLAIMS).values()).contains(described);

    rebuild();
    assertThat(cases()).isEqualTo(streamed);
    assertThat(caseIds(CasewatchIndex.CLAIMS)).isEqualTo(streamedClaims);
    assertThat(Set.copyOf(caseIds(CasewatchIndex.EVENTS).values())).hasSize(3);
  }

  @Test
  void theStreamDeletesWhatARefetchedDocumentLostAsTheRebuildDoes() throws Exception {
    AnnotatedDocument described =
        doc(
            "manager-described",
            "2023-03-01",
            List.of(claim(null, "her manager", "Alibaba", 0)),
            List.of(event("complaint_to_employer", "2023-02", "her manager", 40)));
    AnnotatedDocument named =
        doc(
            "wang-named",
            "2023-06-01",
            List.of(claim("Wang", "her manager", "Alibaba", 0)),
            List.of());
    AnnotatedDocument hale =
        doc(
            "hale",
            "2023-07-01",
            List.of(claim("Victor Hale", "Victor Hale", "Harrow Bank", 0)),
            List.of(event("arrest", "2023-06-30", "Victor Hale", 40)));
    AnnotatedDocument orr =
        doc(
            "orr",
            "2023-08-01",
            List.of(claim("Nadia Orr", "Nadia Orr", "Tidewater Trust", 0)),
            List.of());
    stream(
        List.of(
            described,
            named,
            hale,
            orr,
            // Re-fetched without their records: Hale's case goes, and the described key's stub.
            doc("hale", "2023-07-02", List.of(), List.of()),
            doc("manager-described", "2023-03-02", List.of(), List.of()),
            // Orr's article loses its claim and gets it back: the case goes and comes back.
            doc("orr", "2023-08-02", List.of(), List.of()),
            orr));

    String wang = CaseBuilder.caseId("n:wang");
    String nadia = CaseBuilder.caseId("n:nadia orr");
    Map<String, AllegationCase> streamed = cases();
    assertThat(streamed.keySet()).containsExactlyInAnyOrder(wang, nadia);
    assertThat(streamed.get(wang).merges()).isEmpty();
    Map<String, Object> streamedClaims = caseIds(CasewatchIndex.CLAIMS);
    assertThat(streamedClaims.values()).containsExactlyInAnyOrder(wang, nadia);
    assertThat(caseIds(CasewatchIndex.EVENTS)).isEmpty();
    client.indices().refresh(r -> r.index(CasewatchIndex.DEAD_LETTERS.alias()));
    assertThat(client.count(c -> c.index(CasewatchIndex.DEAD_LETTERS.alias())).count()).isZero();

    String output = rebuild();
    assertThat(output).contains("read 2 of 2 claims").contains("0 stale case documents deleted");
    assertThat(cases()).isEqualTo(streamed);
    assertThat(caseIds(CasewatchIndex.CLAIMS)).isEqualTo(streamedClaims);
  }
}
