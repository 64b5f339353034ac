package org.casewatch.dashboards.api;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.Indices;
import org.casewatch.index.query.IndexNames;
import org.casewatch.index.query.QueryFixtures;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The API over real HTTP on loopback, against a real Elasticsearch. */
@ExtendWith(ElasticsearchExtension.class)
class ApiServerITCase {

  static final String TOKEN = "t".repeat(BindPolicy.MIN_TOKEN_CHARS);
  static final Instant T0 = Instant.parse("2024-02-01T00:00:00Z");

  private static ApiServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start(ElasticsearchClient client) throws IOException {
    Indices.reset(client);
    QueryFixtures.load(
        client,
        CasewatchIndex.DOCUMENTS,
        List.of(
            QueryFixtures.document(
                "d1",
                "<b>Director</b> accused of harassment",
                "The director denied it.",
                "news.example",
                "web",
                "en",
                T0,
                -0.5,
                List.of("Rafe Dunstable"),
                List.of("case-dunstable"))));
    QueryFixtures.load(
        client,
        CasewatchIndex.CASES,
        List.of(
            QueryFixtures.caseDoc(
                "case-dunstable",
                "Rafe Dunstable",
                "charged",
                List.of("sexual_assault"),
                List.of("Quayside Playhouse"),
                T0,
                T0,
                3,
                List.of("gb"))));
    QueryFixtures.load(
        client,
        CasewatchIndex.EVENTS,
        List.of(
            QueryFixtures.event(
                "e1",
                "case-dunstable",
                "charged",
                "2024-05-14",
                "incident",
                Instant.parse("2024-05-14T00:00:00Z"),
                "a.example",
                T0,
                List.of(QueryFixtures.party("Rafe Dunstable", "accused")),
                "Police charged Dunstable.",
                0.9)));
    Indices.refresh(client);
    server = ApiServer.start(client, IndexNames.DEFAULT, "127.0.0.1", 0, null);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void searchAnswersJsonWithEncodedHighlights() throws Exception {
    HttpResponse<String> r = get("/api/search?q=harassment");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("total").asInt()).isEqualTo(1);
    assertThat(body.path("total_relation").asText()).isEqualTo("eq");
    assertThat(
            JSON.readTree(get("/api/search?q=harassment&exact_total=true").body())
                .path("total")
                .asInt())
        .isEqualTo(1);
    JsonNode hit = body.path("hits").get(0);
    assertThat(hit.path("fields").path("title").asText())
        .isEqualTo("<b>Director</b> accused of harassment");
    assertThat(hit.path("highlights").path("title").get(0).asText())
        .isEqualTo("&lt;b&gt;Director&lt;&#x2F;b&gt; accused of <mark>harassment</mark>");
  }

  @Test
  void casesAndTimeline() throws Exception {
    JsonNode list = JSON.readTree(get("/api/cases?sort=most_sources&status=charged").body());
    assertThat(list.path("total").asInt()).isEqualTo(1);
    assertThat(list.path("cases").get(0).path("publisher_count").asInt()).isEqualTo(3);

    HttpResponse<String> summary = get("/api/cases/case-dunstable");
    assertThat(summary.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(summary.body()).path("accused").asText()).isEqualTo("Rafe Dunstable");

    JsonNode timeline = JSON.readTree(get("/api/cases/case-dunstable/timeline").body());
    JsonNode entry = timeline.path("entries").get(0);
    assertThat(entry.path("type").asText()).isEqualTo("charged");
    assertThat(entry.path("date_kind").asText()).isEqualTo("incident");
    assertThat(entry.path("sources").get(0).path("url").asText()).isEqualTo("https://a.example/e1");
  }

  @Test
  void refusedParametersAreNamed() throws Exception {
    assertBadRequest("/api/search?size=100000", "size");
    assertBadRequest("/api/search?from=5000", "from");
    assertBadRequest("/api/search?q=" + enc("*arassment"), "q");
    assertBadRequest("/api/search?q=" + enc("(.*){20}"), "q");
    assertBadRequest("/api/search?q=" + enc("*:*"), "q");
    assertBadRequest("/api/search?sort=title", "sort");
    assertBadRequest("/api/search?exact_total=yes", "exact_total");
    assertBadRequest("/api/search?kind=" + enc("casewatch-*"), "kind");
    assertBadRequest("/api/search?index=" + enc("*"), "index");
    assertBadRequest("/api/search?caseId=" + enc("../_all"), "caseId");
    assertBadRequest("/api/search?case=" + enc("../_all"), "case");
    assertBadRequest("/api/search?size=1&size=2", "size");
    assertBadRequest("/api/search?cursor=abc", "cursor");
    assertBadRequest("/api/search?from_date=yesterday", "from_date");
    assertBadRequest("/api/search?act=rape", "act");
    assertBadRequest("/api/cases?sort=" + enc("_script"), "sort");
    assertBadRequest("/api/cases/_all/timeline", "id");
    assertBadRequest("/api/cases/" + enc("*") + "/timeline", "id");
  }

  @Test
  void injectionStringsReachNothing() throws Exception {
    for (String q :
        List.of("title:x OR case_id:*", "_exists_:complainant_name", "\" } }, \"script\"")) {
      HttpResponse<String> r = get("/api/search?q=" + enc(q));
      assertThat(r.statusCode()).as(q).isEqualTo(200);
      assertThat(JSON.readTree(r.body()).path("total").asInt()).as(q).isZero();
    }
  }

  @Test
  void unknownCasesAndRoutesAre404() throws Exception {
    HttpResponse<String> r = get("/api/cases/case-nobody/timeline");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo("not_found");
    assertThat(get("/api/cases/case-nobody").statusCode()).isEqualTo(404);
    HttpResponse<String> route = get("/api/nothing");
    assertThat(route.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(route.body()).path("error").asText()).isEqualTo("no_such_route");
  }

  @Test
  void serverErrorsCarryNoStackTrace(ElasticsearchClient client) throws Exception {
    try (ApiServer broken =
        ApiServer.start(
            client, IndexNames.withPrefix("casewatch-missing-"), "127.0.0.1", 0, null)) {
      HttpResponse<String> r = get(broken, "/api/search?q=x", null);
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo("internal");
      assertThat(r.body())
          .doesNotContain("Exception")
          .doesNotContain("at org.")
          .doesNotContain("casewatch-missing");
    }
  }

  @Test
  void aTokenIsRequiredWhenSet(ElasticsearchClient client) throws Exception {
    try (ApiServer guarded = ApiServer.start(client, IndexNames.DEFAULT, "127.0.0.1", 0, TOKEN)) {
      assertThat(get(guarded, "/api/cases", null).statusCode()).isEqualTo(401);
      assertThat(get(guarded, "/api/cases", "Bearer wrong").statusCode()).isEqualTo(401);
      assertThat(get(guarded, "/api/cases", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void everyDocumentedRouteExists() throws Exception {
    for (String path : OpenApiSyncTest.documentedPaths()) {
      String query = path.endsWith("significant-terms") ? "?from_date=2024&to_date=2024" : "";
      HttpResponse<String> r = get(path.replace("{id}", "case-dunstable") + query);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
    }
    assertThat(get("/openapi.yaml").body()).startsWith("openapi: 3");
  }

  @Test
  void trendsAndExportOverHttp() throws Exception {
    JsonNode histogram =
        JSON.readTree(get("/api/trends/histogram?series=documents&interval=month").body());
    assertThat(histogram.path("buckets").get(0).path("date").asText()).isEqualTo("2024-02-01");
    assertThat(histogram.path("buckets").get(0).path("count").asInt()).isEqualTo(1);
    JsonNode breakdown = JSON.readTree(get("/api/trends/breakdown?by=country").body());
    assertThat(breakdown.path("counts").get(0).path("key").asText()).isEqualTo("gb");
    assertThat(get("/api/trends/entities").body())
        .contains("Rafe Dunstable")
        .doesNotContain("A. Accuser");
    assertThat(get("/api/trends/sentiment?interval=week").statusCode()).isEqualTo(200);
    assertBadRequest("/api/trends/histogram?interval=day", "interval");
    assertBadRequest("/api/trends/breakdown?by=" + enc("accuser.name"), "by");
    assertBadRequest("/api/trends/significant-terms", "from_date");

    // the search and case-list filters, per what a view counts
    assertThat(
            JSON.readTree(get("/api/trends/histogram?series=documents&source=news.example").body())
                .path("buckets")
                .get(0)
                .path("count")
                .asInt())
        .isEqualTo(1);
    assertThat(
            JSON.readTree(get("/api/trends/histogram?series=documents&platform=mastodon").body())
                .path("buckets"))
        .isEmpty();
    assertThat(
            JSON.readTree(
                    get("/api/trends/breakdown?by=country&status=charged&act=sexual_assault")
                        .body())
                .path("counts")
                .get(0)
                .path("key")
                .asText())
        .isEqualTo("gb");
    assertThat(
            JSON.readTree(get("/api/trends/breakdown?by=country&status=convicted").body())
                .path("counts"))
        .isEmpty();
    assertThat(
            JSON.readTree(
                    get("/api/trends/entities?entity=" + enc("Rafe Dunstable") + "&language=en")
                        .body())
                .path("PERSON")
                .get(0)
                .path("key")
                .asText())
        .isEqualTo("Rafe Dunstable");
    // a complainant's name as a filter lists nobody
    HttpResponse<String> complainant = get("/api/trends/entities?entity=" + enc("A. Accuser"));
    assertThat(complainant.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(complainant.body()).path("ACCUSED")).isEmpty();
    assertThat(complainant.body()).doesNotContain("Rafe Dunstable").doesNotContain("A. Accuser");
    assertThat(
            get("/api/trends/significant-terms?from_date=2024&to_date=2024&platform=web")
                .statusCode())
        .isEqualTo(200);
    assertThat(get("/api/trends/sentiment?sentiment_max=0").statusCode()).isEqualTo(200);
    assertBadRequest("/api/trends/histogram?series=documents&act=sexual_assault", "act");
    assertBadRequest("/api/trends/histogram?series=cases_opened&source=news.example", "source");
    assertBadRequest("/api/trends/breakdown?by=platform&country=gb", "country");
    assertBadRequest("/api/trends/entities?country=gb", "country");
    assertBadRequest("/api/trends/sentiment?sentiment_min=5", "sentiment_min");
    assertBadRequest("/api/trends/breakdown?by=act&case=" + enc("../_all"), "case");
    assertBadRequest("/api/trends/histogram?from_date=2024-05&to_date=2024-01", "to_date");

    HttpResponse<String> csv = get("/api/export?format=csv&q=harassment");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    assertThat(csv.body())
        .startsWith("# casewatch export\r\n")
        .contains("\r\nd1,")
        .endsWith("# rows: 1\r\n");
    assertBadRequest("/api/export?size=10", "size");
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void assertBadRequest(String path, String parameter) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(400);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("error").asText()).as(path).isEqualTo("invalid_parameter");
    assertThat(body.path("parameter").asText()).as(path).isEqualTo(parameter);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return get(server, path, null);
  }

  static HttpResponse<String> get(ApiServer s, String path, String authorization) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).GET();
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
