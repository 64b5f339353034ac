package org.casewatch.pipeline.cases;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.query.Search;
import org.casewatch.index.query.SearchHit;
import org.casewatch.index.query.SearchKind;
import org.casewatch.index.query.SearchQuery;
import org.casewatch.index.sink.ElasticsearchSink;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.Annotations;
import org.casewatch.model.Article;
import org.casewatch.model.Claim;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.DocumentAnalysis;
import org.casewatch.model.Evidence;
import org.casewatch.model.Provenance;
import org.casewatch.pipeline.ExternalCluster;
import org.casewatch.pipeline.cases.flink.AssembleCasesFunction;
import org.casewatch.pipeline.cases.flink.CaseWrite;
import org.casewatch.pipeline.cases.flink.DocumentWrite;
import org.casewatch.pipeline.cases.flink.DocumentWriteConverter;
import org.casewatch.pipeline.cases.internal.CaseBuilder;
import org.casewatch.pipeline.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents' {@code case_ids} on real Elasticsearch: the case operator writes every document whole
 * with its case ids and, when a later article merges cases, updates the earlier documents; a search
 * filtered by case then finds the case's documents, and {@code casewatch cases rebuild} keeps them
 * right when it undoes and redoes a merge.
 */
@ExtendWith(ElasticsearchExtension.class)
class DocumentCaseIdsITCase {

  @RegisterExtension
  static final MiniClusterExtension MINI_CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @TempDir static Path dir;

  private static ElasticsearchClient client;

  @BeforeAll
  static void setUp() throws Exception {
    client = ElasticsearchExtension.client();
    ExternalCluster.resetIndices(client);
  }

  private static AnnotatedDocument doc(String path, String date, List<Claim> claims) {
    String url = "https://news.example/" + path;
    Article article =
        new Article(
                url,
                url,
                "news.example",
                path,
                "body of " + path,
                Instant.parse(date + "T08:00:00Z"),
                Instant.parse(date + "T09:00:00Z"))
            .withProvenance(new Provenance("news.example", "web", null, null, null));
    Annotations annotations = new Annotations("en", List.of(), List.of(), null, List.of(), false);
    return new AnnotatedDocument(
        article, new DocumentAnalysis(annotations, claims, List.of(), List.of()));
  }

  private static Claim claim(String name, String mention) {
    return new Claim(
        new ClaimParty(name, mention),
        new ClaimParty(null, "a former employee"),
        "sexual_harassment",
        "alleged",
        "accuser",
        null,
        null,
        "Alibaba",
        List.of(new Evidence("Claim sentence.", 0, 15)),
        0.8);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static List<String> caseIdsOf(AnnotatedDocument d) throws Exception {
    GetResponse<Map> got =
        client.get(g -> g.index(CasewatchIndex.DOCUMENTS.alias()).id(d.id()), Map.class);
    assertThat(got.found()).as(d.article().url()).isTrue();
    return (List<String>) got.source().get("case_ids");
  }

  private static List<String> found(String caseId) throws Exception {
    client.indices().refresh(r -> r.index(CasewatchIndex.DOCUMENTS.alias()));
    List<String> ids = new ArrayList<>();
    for (SearchHit h :
        new Search(client)
            .page(SearchQuery.builder(SearchKind.DOCUMENTS).cases(List.of(caseId)).build())
            .hits()) {
      ids.add(h.id());
    }
    return ids;
  }

  private static void rebuild(String... extra) {
    List<String> args = new ArrayList<>(List.of("cases", "rebuild"));
    args.addAll(List.of(extra));
    try {
      args.addAll(ExternalCluster.cliArguments(dir));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    StringWriter out = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    assertThat(cli.execute(args.toArray(String[]::new))).as(out.toString()).isZero();
    assertThat(out.toString()).contains("case ids of 2 documents set");
  }

  @Test
  void documentsCarryTheirCaseIdsThroughMergesAndRebuilds() throws Exception {
    AnnotatedDocument described =
        doc("manager-described", "2023-03-01", List.of(claim(null, "her manager")));
    AnnotatedDocument unrelated = doc("council-budget", "2023-04-01", List.of());
    AnnotatedDocument named =
        doc("wang-named", "2023-06-01", List.of(claim("Wang", "her manager")));

    ElasticsearchConnection es = ElasticsearchExtension.connection();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    SingleOutputStreamOperator<CaseWrite> cases =
        env.fromData(described, unrelated, named)
            .setParallelism(1)
            .process(new AssembleCasesFunction(CaseConfig.defaults()))
            .setParallelism(1);
    cases
        .getSideOutput(AssembleCasesFunction.DOCUMENTS)
        .keyBy(DocumentWrite::documentId)
        .sinkTo(
            ElasticsearchSink.<DocumentWrite>builder()
                .connection(es)
                .converter(new DocumentWriteConverter())
                .build());
    env.execute("document case ids");

    String wang = CaseBuilder.caseId("n:wang");
    String manager = CaseBuilder.caseId("d:manager@alibaba");
    // The first article was written whole under the described case, then updated by the merge.
    assertThat(caseIdsOf(described)).containsExactly(wang);
    assertThat(caseIdsOf(named)).containsExactly(wang);
    assertThat(caseIdsOf(unrelated)).isEmpty();
    assertThat(found(wang)).containsExactlyInAnyOrder(described.id(), named.id());
    client.indices().refresh(r -> r.index(CasewatchIndex.DEAD_LETTERS.alias()));
    assertThat(client.count(c -> c.index(CasewatchIndex.DEAD_LETTERS.alias())).count()).isZero();

    // The stream wrote no claims here, so give the rebuild the claims it reads.
    for (AnnotatedDocument d : List.of(described, named)) {
      for (var c : org.casewatch.model.ClaimRecord.of(d)) {
        client.index(
            i ->
                i.index(CasewatchIndex.CLAIMS.alias())
                    .id(c.id())
                    .document(org.casewatch.index.mapping.ClaimSource.of(c)));
      }
    }
    client.indices().refresh(r -> r.index(CasewatchIndex.CLAIMS.alias()));
    rebuild("--exclude-merge", manager);
    assertThat(caseIdsOf(described)).containsExactly(manager);
    assertThat(found(manager)).containsExactly(described.id());
    assertThat(found(wang)).containsExactly(named.id());
    rebuild();
    assertThat(caseIdsOf(described)).containsExactly(wang);
    assertThat(found(wang)).containsExactlyInAnyOrder(described.id(), named.id());
  }
}
