package org.casewatch.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casewatch.index.query.IndexNames;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.casewatch.pipeline.ExternalCluster;
import org.casewatch.pipeline.cli.BenchQueriesCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole benchmark path at small scale against the real test Elasticsearch: generation, the sink
 * and {@code _bulk} ingest runs, the load of claims, events and cases, and every query kind.
 * Asserts the report's shape and that the indices hold exactly what was generated; no timings.
 */
@ExtendWith(ElasticsearchExtension.class)
class QueriesBenchmarkITCase {

  @TempDir Path dir;

  @Test
  void indexesExactlyWhatItGeneratesAndTimesEveryQueryKind() throws Exception {
    ElasticsearchClient client = ElasticsearchExtension.client();
    BenchScale scale = new BenchScale(5_000, 500, 50, 11);
    QueriesBenchmark.Options options =
        new QueriesBenchmark.Options(
            scale, 2_000, 2, 10, 500, 2, true, dir.resolve("no-shared-data"));
    StringWriter progress = new StringWriter();
    BenchReport report =
        new QueriesBenchmark(
                ElasticsearchExtension.connection(), options, new PrintWriter(progress, true))
            .run();
    IndexNames names = BenchIndices.NAMES;
    try {
      assertThat(report.vocabulary()).isEqualTo("built-in Zipf list");
      assertThat(report.sink().documents()).isEqualTo(2_000);
      assertThat(report.bulk().documents()).isEqualTo(2_000);
      assertThat(report.sink().failed()).isZero();
      assertThat(report.bulk().failed()).isZero();
      assertThat(report.sink().rate()).isPositive();
      assertThat(report.bulk().rate()).isPositive();
      assertThat(report.ingestRatio()).isPositive();
      assertThat(report.rest().documents()).isEqualTo(3_000);
      assertThat(report.rest().path()).contains("2");
      assertThat(report.countsMatch()).as("%s vs %s", report.expected(), report.indexed()).isTrue();
      assertThat(report.dropped().values()).allSatisfy(fields -> assertThat(fields).isEmpty());

      assertThat(count(client, names.documents())).isEqualTo(5_000);
      assertThat(count(client, names.claims())).isEqualTo(500);
      assertThat(count(client, names.events())).isEqualTo(500);
      assertThat(count(client, names.cases())).isEqualTo(50);
      long claimsWithCase =
          client
              .count(c -> c.index(names.claims()).query(q -> q.exists(e -> e.field("case_id"))))
              .count();
      assertThat(sumOfClaimIds(client, names.cases())).isEqualTo(claimsWithCase);
      long claimDocuments =
          client
              .count(
                  c ->
                      c.index(names.documents())
                          .query(q -> q.term(t -> t.field("claim_count").value(1))))
              .count();
      assertThat(claimDocuments).isEqualTo(500);

      assertThat(report.queries()).extracting(KindResult::kind).containsExactly(QueryKind.values());
      for (KindResult result : report.queries()) {
        assertThat(result.errors()).as("%s: %s", result.kind(), result.firstError()).isZero();
        assertThat(result.stats().count()).isEqualTo(10);
        assertThat(result.stats().p50Millis())
            .isPositive()
            .isLessThanOrEqualTo(result.stats().p95Millis());
        assertThat(result.stats().p95Millis()).isLessThanOrEqualTo(result.stats().maxMillis());
        assertThat(result.meanResults()).as("%s finds something", result.kind()).isPositive();
      }
      assertThat(progress.toString())
          .contains("Ingest through the ElasticsearchSink", "Timing queries")
          .contains("Warming up both ingest paths and the node (untimed): 400 documents each")
          .contains("alternating in rounds of 500")
          .containsPattern("sink: +[0-9,]+ documents/s, in [0-9,]+ bulk requests")
          .containsPattern("_bulk: [0-9,]+ documents/s, in [0-9,]+ bulk requests")
          .contains("Waiting for Elasticsearch's background merges to finish before timing queries")
          .containsPattern(
              "queries timed after the load's merges: waited [0-9]+ s, [0-9,]+ segments");
      assertThat(report.notes())
          .as("the report records the settling, with no merge left running")
          .anyMatch(
              n ->
                  n.startsWith("queries timed after the load's merges")
                      && n.contains(" 0 merges still running"));
      assertThat(client.indices().exists(e -> e.index(BenchIndices.WARMUP_DOCUMENTS)).value())
          .as("the warm-up index is deleted")
          .isFalse();

      // --reuse: the kept indices are timed again without loading anything
      QueriesBenchmark.Options reuse =
          new QueriesBenchmark.Options(
              scale, 2_000, 0, 5, 500, 2, true, dir.resolve("no-shared-data"), true);
      StringWriter again = new StringWriter();
      BenchReport reused =
          new QueriesBenchmark(
                  ElasticsearchExtension.connection(), reuse, new PrintWriter(again, true))
              .run();
      assertThat(reused.sink()).isNull();
      assertThat(reused.countsMatch()).isTrue();
      assertThat(reused.notes())
          .as("a replay of the same queries does not time the request cache")
          .contains(
              "shard request caches cleared before the warm-up (--reuse replays the same queries)");
      assertThat(reused.queries()).allSatisfy(r -> assertThat(r.stats().count()).isEqualTo(5));
      StringWriter printed = new StringWriter();
      reused.print(new PrintWriter(printed, true));
      assertThat(printed.toString()).contains("Ingest: not measured (--reuse");
      assertThat(again.toString())
          .doesNotContain("Ingest through")
          .contains("Waiting for Elasticsearch's background merges");
      QueriesBenchmark.Options otherScale =
          new QueriesBenchmark.Options(
              new BenchScale(6_000, 500, 50, 11),
              2_000,
              0,
              5,
              500,
              2,
              true,
              dir.resolve("no-shared-data"),
              true);
      assertThatThrownBy(
              () ->
                  new QueriesBenchmark(
                          ElasticsearchExtension.connection(),
                          otherScale,
                          new PrintWriter(new StringWriter(), true))
                      .run())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("--reuse");
    } finally {
      for (String index :
          List.of(
              BenchIndices.SINK_DOCUMENTS,
              BenchIndices.BULK_DOCUMENTS,
              BenchIndices.DEAD_LETTERS,
              names.claims(),
              names.events(),
              names.cases())) {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
      }
    }
  }

  @Test
  void theCommandPrintsTheReportAndLeavesNoBenchmarkIndexBehind() throws Exception {
    ElasticsearchClient client = ElasticsearchExtension.client();
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new BenchQueriesCommand());
    cli.setOut(new PrintWriter(out, true));
    List<String> args =
        new ArrayList<>(
            List.of(
                "--docs",
                "3000",
                "--claims",
                "300",
                "--cases",
                "30",
                "--seed",
                "5",
                "--ingest-docs",
                "1000",
                "--queries",
                "5",
                "--warmup",
                "1"));
    args.addAll(ExternalCluster.cliArguments(dir));

    int exit = cli.execute(args.toArray(String[]::new));

    String text = out.toString();
    assertThat(exit).as(text).isZero();
    assertThat(text)
        .contains("Benchmark: 3,000 documents, 300 claims, 30 cases (seed 5)")
        .contains("ElasticsearchSink (Flink job)")
        .contains("plain _bulk loop")
        .contains("ratio sink / _bulk:")
        .contains("search", "case list", "case timeline", "trends")
        .contains("load average")
        .doesNotContain("MISMATCH");
    var left = client.cat().indices(c -> c.index("casewatch-bench-*")).valueBody();
    assertThat(left).isEmpty();
  }

  private static long count(ElasticsearchClient client, String index) throws Exception {
    client.indices().refresh(r -> r.index(index));
    return client.count(c -> c.index(index)).count();
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static long sumOfClaimIds(ElasticsearchClient client, String index) throws Exception {
    var response =
        client.search(
            s -> s.index(index).size(100).source(src -> src.filter(f -> f.includes("claim_ids"))),
            Map.class);
    long sum = 0;
    for (var hit : response.hits().hits()) {
      sum += ((List<String>) ((Map<String, Object>) hit.source()).get("claim_ids")).size();
    }
    return sum;
  }
}
