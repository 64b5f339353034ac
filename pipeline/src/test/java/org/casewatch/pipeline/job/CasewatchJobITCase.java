package org.casewatch.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.Claim;
import org.casewatch.model.Ids;
import org.casewatch.pipeline.ExternalCluster;
import org.casewatch.pipeline.demo.DemoSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole road on real parts: the demo site over loopback HTTP, the Flink job on a MiniCluster,
 * CoreNLP with its models, and the managed Elasticsearch; assertions are on what lands in the
 * index.
 */
@ExtendWith(ElasticsearchExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CasewatchJobITCase {

  private static final String SITE = "https://www.harbour-ledger.example";
  private static final String KNOWN_ARTICLE =
      SITE + "/news/2023/03/corvane-executive-harassment-allegation.html";

  @TempDir static Path checkpoints;

  private static DemoSite site;
  private static ElasticsearchClient client;
  private static int articles;
  private static Map<String, Set<String>> claimIds = Map.of();
  private static Map<String, Set<String>> eventIds = Map.of();

  @BeforeAll
  static void setUp() throws Exception {
    site = DemoSite.start();
    client = ElasticsearchExtension.client();
    ExternalCluster.resetIndices(client);
    articles = countArticlesInFeed();
  }

  @AfterAll
  static void tearDown() {
    site.close();
  }

  private static int countArticlesInFeed() {
    String feed = new String(site.feedBytes(), java.nio.charset.StandardCharsets.UTF_8);
    return feed.split("<item>", -1).length - 1 - 1; // one item is the deliberate 404
  }

  private static JobConfig config() {
    ElasticsearchConnection connection = ElasticsearchExtension.connection();
    return JobConfig.builder()
        .feed(site.feedUrl())
        .bounded(true)
        .fetch(FetchConfig.builder().allowAddress("127.0.0.1:" + site.port()).build())
        .elasticsearch(connection)
        .checkpointDirectory(checkpoints)
        .checkpointInterval(java.time.Duration.ofSeconds(2))
        .build();
  }

  private static void runJob() throws Exception {
    CasewatchJob.start(config()).getJobExecutionResult().get(15, TimeUnit.MINUTES);
    client.indices().refresh(r -> r.index("casewatch-*"));
  }

  private static List<Hit<JsonNode>> all(String index) throws Exception {
    SearchResponse<JsonNode> response =
        client.search(
            s -> s.index(index).size(1000).query(q -> q.matchAll(m -> m)), JsonNode.class);
    return response.hits().hits();
  }

  /** Runs the command line against the shared node as an external cluster; its output. */
  private static String runCli(Path dir, String... args) throws Exception {
    java.util.List<String> all = new ArrayList<>(List.of(args));
    all.addAll(ExternalCluster.cliArguments(dir));
    java.io.StringWriter out = new java.io.StringWriter();
    picocli.CommandLine cli = org.casewatch.pipeline.cli.Main.commandLine();
    cli.setOut(new java.io.PrintWriter(out));
    int exit = cli.execute(all.toArray(String[]::new));
    assertThat(exit).as(out.toString()).isZero();
    return out.toString();
  }

  /** Runs {@code casewatch demo} against the shared node as an external cluster. */
  private static String runDemoCommand() throws Exception {
    String output = runCli(checkpoints, "demo", "--home", checkpoints.resolve("home").toString());
    client.indices().refresh(r -> r.index("casewatch-*"));
    return output;
  }

  @Test
  @Order(1)
  void demoCommandIndexesEverySampleArticleWithEntitiesAndSentiment() throws Exception {
    assertThat(articles).isBetween(20, 30);
    String output = runDemoCommand();
    assertThat(output)
        .contains("feed items indexed")
        .containsPattern("Documents indexed in this run: +" + articles + "\\b")
        .containsPattern("with entities: +" + articles + "\\b")
        .containsPattern("with sentiment: +" + articles + "\\b")
        .containsPattern("Dead letters in this run: +1\\b")
        .contains("Most mentioned people:", "Graham Vellacott")
        .contains("HTTP_STATUS", "harbour-ferry-operator-fined.html")
        .contains("./casewatch search")
        .containsPattern("Allegation claims in the index: +[1-9]\\d*\\b")
        .containsPattern("Case events in the index: +[1-9]\\d*\\b")
        .doesNotContain(ElasticsearchExtension.connection().password());

    List<Hit<JsonNode>> docs = all(CasewatchIndex.DOCUMENTS.alias());
    assertThat(docs).hasSize(articles);
    for (Hit<JsonNode> hit : docs) {
      JsonNode doc = hit.source();
      assertThat(doc.path("canonical_url").asText()).startsWith(SITE + "/news/");
      assertThat(hit.id()).isEqualTo(Ids.documentId(doc.path("canonical_url").asText()));
      assertThat(doc.path("url").asText()).startsWith("http://127.0.0.1:").contains("/news/");
      assertThat(doc.path("title").asText()).isNotBlank();
      assertThat(doc.path("body").asText().length()).isGreaterThan(800);
      assertThat(doc.path("body").asText()).doesNotContain("Sign up", "<p>", "Related stories");
      assertThat(doc.path("published_at").asText()).matches("20(23|24|25)-.*");
      assertThat(doc.path("language").asText()).isEqualTo("en");
      assertThat(doc.path("entities").size()).as("entities of %s", hit.id()).isPositive();
      assertThat(doc.path("sentiment").path("label").asText()).isNotBlank();
      double score = doc.path("sentiment").path("score").asDouble(99);
      assertThat(score).isBetween(-1.0, 1.0);
    }
  }

  @Test
  @Order(2)
  void claimsAndEventsAreIndexedAsDocumentsLinkedToTheirSource() throws Exception {
    Map<String, JsonNode> documents = new TreeMap<>();
    all(CasewatchIndex.DOCUMENTS.alias()).forEach(h -> documents.put(h.id(), h.source()));
    List<Hit<JsonNode>> claims = all(CasewatchIndex.CLAIMS.alias());
    List<Hit<JsonNode>> events = all(CasewatchIndex.EVENTS.alias());
    assertThat(claims).hasSizeGreaterThanOrEqualTo(3);
    assertThat(events).hasSizeGreaterThanOrEqualTo(3);

    Map<String, Integer> claimsPerDocument = new TreeMap<>();
    for (Hit<JsonNode> hit : claims) {
      JsonNode claim = hit.source();
      assertThat(claim.path("id").asText()).isEqualTo(hit.id()).matches("[0-9a-f]{32}");
      JsonNode document = documents.get(claim.path("document_id").asText());
      assertThat(document).as("source document of claim %s", hit.id()).isNotNull();
      assertThat(claim.path("url").asText()).isEqualTo(document.path("url").asText());
      assertThat(claim.path("publisher").asText()).isEqualTo("harbour-ledger.example");
      assertThat(claim.path("syndication_group").asText()).isNotBlank();
      assertThat(claim.path("modality").asText()).isIn(Claim.MODALITIES);
      assertThat(claim.path("act").asText()).isIn(Claim.ACTS);
      assertThat(claim.path("accused").path("mention").asText()).isNotBlank();
      assertThat(claim.path("evidence").size()).isPositive();
      assertThat(claim.path("quote").asText())
          .isNotBlank()
          .isEqualTo(claim.path("evidence").get(0).path("text").asText());
      assertEvidenceIsInTheBody(claim.path("evidence").get(0), document);
      // The document lists the case of every claim it has (written by the case operator).
      if (claim.hasNonNull("case_id")) {
        List<String> caseIds = new ArrayList<>();
        document.path("case_ids").forEach(id -> caseIds.add(id.asText()));
        assertThat(caseIds).as("case_ids of %s", hit.id()).contains(claim.path("case_id").asText());
      }
      claimsPerDocument.merge(claim.path("document_id").asText(), 1, Integer::sum);
    }
    for (Map.Entry<String, Integer> perDocument : claimsPerDocument.entrySet()) {
      assertThat(documents.get(perDocument.getKey()).path("claim_count").asInt())
          .isGreaterThanOrEqualTo(perDocument.getValue());
    }
    for (Hit<JsonNode> hit : events) {
      JsonNode event = hit.source();
      assertThat(event.path("id").asText()).isEqualTo(hit.id());
      JsonNode document = documents.get(event.path("document_id").asText());
      assertThat(document).as("source document of event %s", hit.id()).isNotNull();
      assertThat(event.path("type").asText()).isIn(CaseEvent.TYPES);
      assertThat(event.path("date_kind").asText()).isIn(CaseEvent.DATE_KINDS);
      assertThat(event.path("quote").asText()).isNotBlank();
      assertEvidenceIsInTheBody(event.path("evidence"), document);
    }
    assertThat(claims)
        .as("the known article's allegation against Vellacott")
        .anySatisfy(
            h -> {
              assertThat(h.source().path("document_id").asText())
                  .isEqualTo(Ids.documentId(KNOWN_ARTICLE));
              assertThat(h.source().path("accused").path("canonical").asText())
                  .contains("vellacott");
            });
    for (JsonNode document : documents.values()) {
      assertThat(document.path("publisher").asText()).isEqualTo("harbour-ledger.example");
      assertThat(document.path("platform").asText()).isEqualTo("web");
      assertThat(document.path("body_hash").asText()).matches("[0-9a-f]{32}");
      assertThat(document.path("syndication_group").asText()).isNotBlank();
    }
    claimIds = idsByCompleteDocument(claims, documents);
    eventIds = idsByCompleteDocument(events, documents);
  }

  /**
   * The ids of the hits by document, for the documents annotated completely: a document cut short
   * by the annotation time budget (on a busy machine) may yield more when annotated again.
   */
  private static Map<String, Set<String>> idsByCompleteDocument(
      List<Hit<JsonNode>> hits, Map<String, JsonNode> documents) {
    Map<String, Set<String>> ids = new TreeMap<>();
    documents.forEach(
        (id, document) -> {
          if (!document.path("nlp_partial").asBoolean()) {
            ids.put(id, new java.util.TreeSet<>());
          }
        });
    for (Hit<JsonNode> hit : hits) {
      Set<String> ofDocument = ids.get(hit.source().path("document_id").asText());
      if (ofDocument != null) {
        ofDocument.add(hit.id());
      }
    }
    return ids;
  }

  private static void assertEvidenceIsInTheBody(JsonNode evidence, JsonNode document) {
    String body = document.path("body").asText();
    int begin = evidence.path("begin").asInt();
    int end = evidence.path("end").asInt();
    assertThat(end).isBetween(begin + 1, body.length());
    assertThat(body.substring(begin, end)).isEqualTo(evidence.path("text").asText());
  }

  private static Map<String, Set<String>> subMap(Map<String, Set<String>> map, Set<String> keys) {
    Map<String, Set<String>> sub = new TreeMap<>(map);
    sub.keySet().retainAll(keys);
    return sub;
  }

  @Test
  @Order(2)
  void knownArticleHasItsPeopleOrganisationsAndPlaces() throws Exception {
    JsonNode doc =
        client
            .get(
                g -> g.index(CasewatchIndex.DOCUMENTS.alias()).id(Ids.documentId(KNOWN_ARTICLE)),
                JsonNode.class)
            .source();
    assertThat(doc).isNotNull();
    assertThat(doc.path("title").asText()).containsIgnoringCase("Corvane");
    Map<String, Set<String>> byType = new TreeMap<>();
    for (JsonNode e : doc.path("entities")) {
      byType
          .computeIfAbsent(e.path("type").asText(), k -> new java.util.TreeSet<>())
          .add(e.path("canonical_name").asText());
    }
    assertThat(byType.get("PERSON")).contains("Graham Vellacott");
    assertThat(byType.get("ORGANIZATION")).contains("Corvane Shipping Group");
    assertThat(byType.get("LOCATION")).contains("Wrenmouth");
    assertThat(byType.get("PERSON"))
        .as("pronouns are not named entities")
        .doesNotContain("he", "she", "his", "her", "He", "She");
    assertThat(doc.path("sentences").size()).isPositive();
  }

  @Test
  @Order(3)
  void brokenFeedLinkIsDeadLetteredWithItsReason() throws Exception {
    List<Hit<JsonNode>> dead = all(CasewatchIndex.DEAD_LETTERS.alias());
    assertThat(dead).hasSize(1);
    JsonNode letter = dead.get(0).source();
    assertThat(letter.path("stage").asText()).isEqualTo("fetch");
    assertThat(letter.path("error_type").asText()).isEqualTo("HTTP_STATUS");
    assertThat(letter.path("status").asInt()).isEqualTo(404);
    assertThat(letter.path("source_url").asText())
        .startsWith("http://127.0.0.1:")
        .endsWith("/news/2024/07/harbour-ferry-operator-fined.html");
    assertThat(letter.path("reason").asText()).contains("404");
  }

  @Test
  @Order(4)
  void searchCommandFindsTheDocumentsOnAnExternalClusterUrl(@TempDir Path tmp) throws Exception {
    ElasticsearchConnection connection = ElasticsearchExtension.connection();
    String out = runCli(tmp, "search", "defamation");
    assertThat(out)
        .contains("match \"defamation\"")
        .contains("Vellacott")
        .contains("sentiment:")
        .contains(SITE + "/news/2024/01/vellacott-sues-accuser-for-defamation.html")
        .doesNotContain(connection.password());
  }

  @Test
  @Order(5)
  void secondRunRewritesTheSameDocuments() throws Exception {
    List<String> before = new ArrayList<>();
    all(CasewatchIndex.DOCUMENTS.alias()).forEach(h -> before.add(h.id()));
    runJob();
    List<String> after = new ArrayList<>();
    all(CasewatchIndex.DOCUMENTS.alias()).forEach(h -> after.add(h.id()));
    assertThat(after).hasSize(articles).containsExactlyInAnyOrderElementsOf(before);
    Map<String, JsonNode> documents = new TreeMap<>();
    all(CasewatchIndex.DOCUMENTS.alias()).forEach(h -> documents.put(h.id(), h.source()));
    Map<String, Set<String>> claimsAfter =
        idsByCompleteDocument(all(CasewatchIndex.CLAIMS.alias()), documents);
    Map<String, Set<String>> eventsAfter =
        idsByCompleteDocument(all(CasewatchIndex.EVENTS.alias()), documents);
    claimsAfter.keySet().retainAll(claimIds.keySet());
    eventsAfter.keySet().retainAll(eventIds.keySet());
    assertThat(claimsAfter).as("documents annotated completely in both runs").isNotEmpty();
    assertThat(claimsAfter)
        .as("claims keep their ids in a re-run: no copies, none lost")
        .isEqualTo(subMap(claimIds, claimsAfter.keySet()));
    assertThat(eventsAfter)
        .as("events keep their ids in a re-run: no copies, none lost")
        .isEqualTo(subMap(eventIds, eventsAfter.keySet()));
    // The site now runs on another port, so its broken link is another URL: one dead letter each.
    assertThat(all(CasewatchIndex.DEAD_LETTERS.alias()))
        .hasSize(2)
        .allSatisfy(
            h ->
                assertThat(h.source().path("source_url").asText())
                    .endsWith("/news/2024/07/harbour-ferry-operator-fined.html"));
  }
}
