package org.casewatch.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  private static BenchReport report(double sinkSeconds, double p95, Map<String, Long> indexed) {
    IngestResult sink = new IngestResult("sink", "s", 1000, 0, (long) (sinkSeconds * 1e9));
    IngestResult bulk = new IngestResult("bulk", "b", 1000, 0, 1_000_000_000L);
    List<KindResult> queries =
        List.of(
            new KindResult(QueryKind.SEARCH, new LatencyStats(10, 20, p95, p95 + 1), 20, 0, ""),
            new KindResult(QueryKind.TRENDS, new LatencyStats(10, 50, 250, 260), 3, 0, ""));
    return new BenchReport(
        new BenchScale(1000, 100, 10, 1),
        "built-in Zipf list",
        "1.00 2.00 3.00",
        "0.50 1.00 2.00",
        5000,
        sink,
        bulk,
        null,
        Map.of("casewatch-bench-documents", 1000L),
        indexed,
        Map.of("documents", Set.of()),
        queries,
        List.of("a note"));
  }

  @Test
  void passesWhenEveryTargetIsMet() {
    BenchReport report = report(1.1, 90, Map.of("casewatch-bench-documents", 1000L));
    assertThat(report.ingestRatio()).isCloseTo(0.909, org.assertj.core.data.Offset.offset(0.001));
    assertThat(report.passes()).isTrue();
    StringWriter out = new StringWriter();
    report.print(new PrintWriter(out));
    assertThat(out.toString())
        .contains("Benchmark: 1,000 documents, 100 claims, 10 cases (seed 1)")
        .contains("load average 1.00 2.00 3.00 at the start")
        .contains("ratio sink / _bulk: 0.91 (target >= 0.80): PASS")
        .contains("Note: a note")
        .contains("All targets met.");
  }

  @Test
  void failsOnASlowSinkASlowQueryOrMissingDocuments() {
    assertThat(report(2.0, 90, Map.of("casewatch-bench-documents", 1000L)).ingestPasses())
        .isFalse();
    BenchReport slow = report(1.0, 120, Map.of("casewatch-bench-documents", 1000L));
    assertThat(slow.queries().get(0).passes()).isFalse();
    assertThat(slow.passes()).isFalse();
    BenchReport missing = report(1.0, 90, Map.of("casewatch-bench-documents", 999L));
    assertThat(missing.countsMatch()).isFalse();
    StringWriter out = new StringWriter();
    missing.print(new PrintWriter(out));
    assertThat(out.toString()).contains("MISMATCH").contains("Some targets were missed");
  }
}
