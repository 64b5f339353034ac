package org.casewatch.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.query.QueryFixtures;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.casewatch.pipeline.ExternalCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The query commands end to end: cases, case, trends, export and serve on the test node. */
@ExtendWith(ElasticsearchExtension.class)
class QueryCommandsITCase {

  static final Instant T0 = Instant.parse("2024-02-01T10:00:00Z");

  @TempDir static Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void fixtures(ElasticsearchClient client) throws IOException {
    ExternalCluster.resetIndices(client);
    QueryFixtures.load(
        client,
        CasewatchIndex.DOCUMENTS,
        List.of(
            QueryFixtures.document(
                "d1",
                "Director accused\u001b[2J of harassment",
                "The tribunal heard it.",
                "news.example",
                "web",
                "en",
                T0,
                -0.5,
                List.of("Rafe Dunstable"),
                List.of("case-dunstable")),
            QueryFixtures.document(
                "d2",
                "Budget",
                "The council met.",
                "council.example",
                "web",
                "en",
                T0.minusSeconds(86_400 * 40),
                0.2,
                List.of(),
                List.of())));
    QueryFixtures.load(
        client,
        CasewatchIndex.CLAIMS,
        List.of(
            QueryFixtures.claim(
                "c1",
                "d1",
                "news.example",
                T0,
                "sexual_harassment",
                "asserted",
                "Rafe Dunstable",
                "Jo Private",
                false,
                "She alleged harassment.",
                "case-dunstable",
                -0.7)));
    QueryFixtures.load(
        client,
        CasewatchIndex.CASES,
        List.of(
            QueryFixtures.caseDoc(
                "case-dunstable",
                "Rafe Dunstable",
                "charged",
                List.of("sexual_harassment"),
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
                0.9),
            QueryFixtures.event(
                "e2",
                "case-dunstable",
                "charged",
                "2024-05-15",
                "report",
                Instant.parse("2024-05-15T00:00:00Z"),
                "b.example",
                T0,
                List.of(QueryFixtures.party("Rafe Dunstable", "accused")),
                "Dunstable was charged.",
                0.5)));
    client.indices().refresh(r -> r.index(CasewatchIndex.PREFIX + "*"));
  }

  private int run(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(ExternalCluster.cliArguments(dir));
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(all.toArray(String[]::new));
  }

  @Test
  void casesListsAndCaseShowsTheCollapsedTimeline() throws IOException {
    assertThat(run("cases", "--sort", "most_sources")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("1 case", "Rafe Dunstable", "charged", "3 publishers");

    // the shared case filters (CaseFilterOptions) reach the case list
    out.getBuffer().setLength(0);
    assertThat(run("cases", "--status", "charged")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("1 case", "Rafe Dunstable");
    out.getBuffer().setLength(0);
    assertThat(run("cases", "--status", "convicted")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("0 cases").doesNotContain("Rafe Dunstable");
    out.getBuffer().setLength(0);
    assertThat(run("cases", "--sector", "no-such-sector")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("0 cases").doesNotContain("Rafe Dunstable");
    out.getBuffer().setLength(0);

    assertThat(run("case", "case-dunstable")).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("2024-05-14  charged  (incident date)", "a.example", "b.example")
        .contains("1 entry from 2 event reports")
        .contains("allegations are allegations");
  }

  @Test
  void unknownAndMalformedCaseIds() throws IOException {
    assertThat(run("case", "case-nobody")).isEqualTo(1);
    assertThat(err.toString()).contains("no case with id case-nobody");
    assertThat(run("case", "../_all")).isEqualTo(1);
    assertThat(err.toString()).contains("CASE_ID");
  }

  @Test
  void trendsPrintTables() throws IOException {
    assertThat(run("trends", "histogram", "--series", "claims")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("2024-02-01        1  sexual_harassment 1");
    assertThat(run("trends", "breakdown", "--by", "country")).isZero();
    assertThat(out.toString()).contains("gb");
    assertThat(run("trends", "entities")).isZero();
    assertThat(out.toString()).contains("accused:", "Rafe Dunstable").doesNotContain("Jo Private");
    assertThat(run("trends", "sentiment")).isZero();
    assertThat(out.toString()).contains("towards accused");
    assertThat(run("trends", "terms", "--from", "2024-02", "--to", "2024-02")).isZero();
    assertThat(run("trends", "histogram", "--interval", "day")).isEqualTo(1);
    assertThat(err.toString()).contains("interval");
    assertThat(run("trends", "pie")).isEqualTo(1);
  }

  @Test
  void trendsTakeTheSearchFilters() throws IOException {
    assertThat(run("trends", "breakdown", "--by", "publisher", "--source", "council.example"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("council.example").doesNotContain("news.example");
    assertThat(run("trends", "breakdown", "--by", "country", "--status", "convicted")).isZero();
    assertThat(out.toString()).doesNotContain("gb");
    assertThat(run("trends", "entities", "--entity", "Jo Private")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("accused:").doesNotContain("Rafe Dunstable");
    assertThat(run("trends", "histogram", "--act", "sexual_harassment")).isEqualTo(1);
    assertThat(err.toString()).contains("act");
  }

  @Test
  void exportWritesAFileWithAHeader() throws IOException {
    Path file = dir.resolve("claims.csv");
    assertThat(run("export", "--kind", "claims", "--format", "csv", "-o", file.toString()))
        .as(err.toString())
        .isZero();
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("# casewatch export\r\n# query: {\"kind\":\"claims\"");
    assertThat(csv).contains("\r\nc1,d1,").contains("# rows: 1").doesNotContain("Jo Private");
    assertThat(err.toString()).contains("Exported 1 claims");
  }

  @Test
  void serveAnswersOnLoopbackUntilStopped() throws Exception {
    ServeCommand serve = new ServeCommand();
    CommandLine cli = new CommandLine(serve);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> args = new ArrayList<>(List.of("--port", "0"));
    args.addAll(ExternalCluster.cliArguments(dir));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> cli.execute(args.toArray(String[]::new)));
    int port = serve.listening.get(60, TimeUnit.SECONDS);
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cases"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("case-dunstable");
    serve.stopRequest.complete(null);
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString()).contains("casewatch API at http://127.0.0.1:" + port);
  }

  @Test
  void serveRefusesANetworkAddressWithoutOptIn() throws IOException {
    assertThat(run("serve", "--bind", "0.0.0.0")).isEqualTo(1);
    assertThat(err.toString()).contains("--allow-remote");
  }
}
