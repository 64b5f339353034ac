package org.casewatch.index.query;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.Indices;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Exports past the 10,000-hit window of from/size paging, with a reproducible header. */
@ExtendWith(ElasticsearchExtension.class)
class ExporterITCase {

  static final int DOCUMENTS = 10_050;
  static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

  private static Exporter exporter;

  @BeforeAll
  static void indexFixtures(ElasticsearchClient client) throws IOException {
    Indices.reset(client);
    exporter = new Exporter(client);
    List<Map<String, Object>> docs = new ArrayList<>();
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < DOCUMENTS; i++) {
      docs.add(
          QueryFixtures.document(
              "doc-" + i,
              i == 0
                  ? "=HYPERLINK(\"http://evil.example\"), a \"quoted\" title"
                  : "Council report " + i,
              "The council met.",
              "council.example",
              "web",
              "en",
              t0.plus(Duration.ofMinutes(i)),
              0.1,
              List.of(),
              List.of()));
    }
    docs.add(
        QueryFixtures.document(
            "other",
            "Festival",
            "Music.",
            "fest.example",
            "web",
            "en",
            t0,
            0.5,
            List.of(),
            List.of()));
    QueryFixtures.load(client, CasewatchIndex.DOCUMENTS, docs);
    Indices.refresh(client);
  }

  @Test
  void jsonLinesCarryAHeaderEveryHitOnceAndATrailer() throws IOException {
    StringWriter out = new StringWriter();
    SearchQuery query =
        SearchQuery.builder(SearchKind.DOCUMENTS)
            .sources(List.of("council.example"))
            .sort(SearchSort.OLDEST)
            .build();
    long rows = exporter.export(query, ExportFormat.JSONL, out, NOW);

    assertThat(rows).isEqualTo(DOCUMENTS);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(DOCUMENTS + 2);
    ObjectMapper json = new ObjectMapper();
    JsonNode header = json.readTree(lines[0]).path("casewatch_export");
    assertThat(header.path("query").path("source").get(0).asText()).isEqualTo("council.example");
    assertThat(header.path("query").path("sort").asText()).isEqualTo("oldest");
    assertThat(header.path("index").get(0).asText())
        .isEqualTo(CasewatchIndex.DOCUMENTS.concreteIndex());
    assertThat(header.path("exported_at").asText()).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(header.path("total").asLong()).isEqualTo(DOCUMENTS);
    Set<String> ids = new HashSet<>();
    for (int i = 1; i <= DOCUMENTS; i++) {
      ids.add(json.readTree(lines[i]).path("id").asText());
    }
    assertThat(ids).hasSize(DOCUMENTS);
    assertThat(json.readTree(lines[1]).path("id").asText()).isEqualTo("doc-0");
    assertThat(
            json.readTree(lines[DOCUMENTS + 1]).path("casewatch_export_end").path("rows").asLong())
        .isEqualTo(DOCUMENTS);
  }

  @Test
  void csvQuotesCellsAndDisarmsFormulas() throws IOException {
    StringWriter out = new StringWriter();
    SearchQuery query =
        SearchQuery.builder(SearchKind.DOCUMENTS).text("council").sort(SearchSort.OLDEST).build();
    long rows = exporter.export(query, ExportFormat.CSV, out, NOW);

    assertThat(rows).isEqualTo(DOCUMENTS);
    String[] lines = out.toString().split("\r\n");
    assertThat(lines[0]).isEqualTo("# casewatch export");
    assertThat(lines[1]).startsWith("# query: {\"kind\":\"documents\",\"q\":\"council\"");
    assertThat(lines[2])
        .isEqualTo("# index: [\"" + CasewatchIndex.DOCUMENTS.concreteIndex() + "\"]");
    assertThat(lines[3]).isEqualTo("# exported_at: 2026-01-02T03:04:05Z");
    assertThat(lines[4]).isEqualTo("# total: " + (DOCUMENTS));
    assertThat(lines[5]).startsWith("id,title,url,canonical_url,source,");
    assertThat(lines).hasSize(6 + DOCUMENTS + 1);
    assertThat(lines[lines.length - 1]).isEqualTo("# rows: " + (DOCUMENTS));
    assertThat(Exporter.csvRow(List.of("=1+1", "a,b", "say \"hi\"")))
        .isEqualTo("=1+1,\"a,b\",\"say \"\"hi\"\"\"\r\n");
  }

  @Test
  void formulaCellsGetAQuote() throws IOException {
    StringWriter out = new StringWriter();
    exporter.export(
        SearchQuery.builder(SearchKind.DOCUMENTS).text("HYPERLINK").build(),
        ExportFormat.CSV,
        out,
        NOW);
    assertThat(out.toString())
        .contains("doc-0,\"'=HYPERLINK(\"\"http://evil.example\"\"), a \"\"quoted\"\" title\"");
  }

  @Test
  void anExportIsOneSnapshotWhileTheIndexChanges(ElasticsearchClient client) throws IOException {
    SearchQuery query =
        SearchQuery.builder(SearchKind.DOCUMENTS)
            .sources(List.of("council.example"))
            .sort(SearchSort.OLDEST)
            .build();
    Map<String, Object> late =
        QueryFixtures.document(
            "doc-late",
            "Council report late",
            "The council met again.",
            "council.example",
            "web",
            "en",
            Instant.parse("2030-01-01T00:00:00Z"),
            0.1,
            List.of(),
            List.of());
    Set<String> ids = new HashSet<>();
    boolean[] changed = {false};
    try {
      long rows =
          new Search(client)
              .stream(
                  query,
                  1_000,
                  hit -> {
                    ids.add(hit.id());
                    if (!changed[0]) {
                      // after the first page: the last document goes, a new one comes
                      changed[0] = true;
                      client.delete(d -> d.index(CasewatchIndex.DOCUMENTS.alias()).id("doc-10049"));
                      client.index(
                          i ->
                              i.index(CasewatchIndex.DOCUMENTS.alias())
                                  .id("doc-late")
                                  .document(late));
                      Indices.refresh(client);
                    }
                  });
      assertThat(rows).isEqualTo(DOCUMENTS);
      assertThat(ids).hasSize(DOCUMENTS).contains("doc-10049").doesNotContain("doc-late");
    } finally {
      client.delete(d -> d.index(CasewatchIndex.DOCUMENTS.alias()).id("doc-late"));
      Map<String, Object> last =
          QueryFixtures.document(
              "doc-10049",
              "Council report 10049",
              "The council met.",
              "council.example",
              "web",
              "en",
              Instant.parse("2024-01-01T00:00:00Z").plus(Duration.ofMinutes(10_049)),
              0.1,
              List.of(),
              List.of());
      client.index(i -> i.index(CasewatchIndex.DOCUMENTS.alias()).id("doc-10049").document(last));
      Indices.refresh(client);
    }
  }
}
