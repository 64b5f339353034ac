package org.casewatch.pipeline.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of {@code casewatch bench queries}: what was generated and indexed, the ingest
 * comparison of the sink against a plain {@code _bulk} loop measured in the same run, and the
 * latency of each query kind against the targets, with the machine's load alongside.
 *
 * @param scale what was generated
 * @param vocabulary where the body vocabulary came from
 * @param loadBefore the load average (1, 5, 15 minutes) when the run started
 * @param loadAfter the load average when it ended
 * @param generationRate documents per second the generator alone makes (and serializes)
 * @param sink the sink's ingest run, or null when the run reused kept indices
 * @param bulk the plain {@code _bulk} loop's ingest run, same documents and limits, or null with
 *     {@code sink}
 * @param rest the load of the remaining documents by the faster path, or null when none remained
 * @param expected documents, claims, events and cases generated, per index
 * @param indexed what each index holds after the load
 * @param dropped per index, the generated fields its mapping lacks (left out of the documents)
 * @param queries the latencies per query kind
 * @param notes anything the reader should know (skipped kinds, failures)
 */
public record BenchReport(
    BenchScale scale,
    String vocabulary,
    String loadBefore,
    String loadAfter,
    double generationRate,
    IngestResult sink,
    IngestResult bulk,
    IngestResult rest,
    Map<String, Long> expected,
    Map<String, Long> indexed,
    Map<String, Set<String>> dropped,
    List<KindResult> queries,
    List<String> notes) {

  /** The floor for the sink's rate against the plain loop: **0.80**. */
  public static final double INGEST_RATIO_TARGET = 0.80;

  /** The sink's rate divided by the plain loop's. */
  public double ingestRatio() {
    return sink == null || bulk.rate() <= 0 ? 0 : sink.rate() / bulk.rate();
  }

  /** Whether the sink reaches {@link #INGEST_RATIO_TARGET} and neither run lost documents. */
  public boolean ingestPasses() {
    return sink != null
        && ingestRatio() >= INGEST_RATIO_TARGET
        && sink.failed() == 0
        && bulk.failed() == 0;
  }

  /** Whether every index holds exactly what was generated for it. */
  public boolean countsMatch() {
    return expected.equals(indexed);
  }

  /** Whether every target is met. */
  public boolean passes() {
    return (sink == null || ingestPasses())
        && countsMatch()
        && queries.stream().allMatch(KindResult::passes);
  }

  /** Prints the report as aligned text. */
  public void print(PrintWriter out) {
    out.println();
    out.printf(
        Locale.ROOT,
        "Benchmark: %,d documents, %,d claims, %,d cases (seed %d); vocabulary: %s%n",
        scale.documents(),
        scale.claims(),
        scale.cases(),
        scale.seed(),
        vocabulary);
    out.printf(
        Locale.ROOT,
        "Machine: %d cores, load average %s at the start, %s at the end%n",
        Runtime.getRuntime().availableProcessors(),
        loadBefore,
        loadAfter);
    out.printf(
        Locale.ROOT, "Generator alone: %,.0f documents/s (generate + serialize)%n", generationRate);
    out.println();
    if (sink == null) {
      out.println(
          "Ingest: not measured (--reuse: queries on the indices of an earlier --keep run)");
    } else {
      out.println("Ingest (same documents, same batch limits, fresh indices, same settings):");
      printIngest(out, "ElasticsearchSink (Flink job)", sink);
      printIngest(out, "plain _bulk loop", bulk);
      out.printf(
          Locale.ROOT,
          "  ratio sink / _bulk: %.2f (target >= %.2f): %s%n",
          ingestRatio(),
          INGEST_RATIO_TARGET,
          ingestPasses() ? "PASS" : "FAIL");
    }
    if (rest != null) {
      printIngest(out, "rest of the corpus (" + rest.path() + ")", rest);
    }
    out.println();
    out.println("Indexed:");
    for (Map.Entry<String, Long> entry : expected.entrySet()) {
      Long actual = indexed.get(entry.getKey());
      out.printf(
          Locale.ROOT,
          "  %-28s %,12d of %,d%s%n",
          entry.getKey(),
          actual == null ? 0 : actual,
          entry.getValue(),
          entry.getValue().equals(actual) ? "" : "  MISMATCH");
    }
    for (Map.Entry<String, Set<String>> entry : dropped.entrySet()) {
      if (!entry.getValue().isEmpty()) {
        out.printf(
            Locale.ROOT,
            "  (%s mapping lacks generated fields %s; left out)%n",
            entry.getKey(),
            entry.getValue());
      }
    }
    out.println();
    out.println("Query latency (client side, ms):");
    out.printf(
        Locale.ROOT,
        "  %-14s %7s %8s %8s %8s %10s %12s  %s%n",
        "kind",
        "queries",
        "p50",
        "p95",
        "max",
        "target p95",
        "mean results",
        "");
    for (KindResult result : queries) {
      LatencyStats s = result.stats();
      out.printf(
          Locale.ROOT,
          "  %-14s %7d %8.1f %8.1f %8.1f %10d %12.1f  %s%n",
          result.kind().label(),
          s.count(),
          s.p50Millis(),
          s.p95Millis(),
          s.maxMillis(),
          result.kind().targetP95Millis(),
          result.meanResults(),
          result.passes() ? "PASS" : "FAIL");
      if (result.errors() > 0) {
        out.printf(Locale.ROOT, "    %d failed, first: %s%n", result.errors(), result.firstError());
      }
    }
    for (String note : notes) {
      out.println("Note: " + note);
    }
    out.println();
    out.println(passes() ? "All targets met." : "Some targets were missed (see FAIL above).");
    out.flush();
  }

  private static void printIngest(PrintWriter out, String label, IngestResult result) {
    out.printf(
        Locale.ROOT,
        "  %-32s %,10d docs in %7.1f s = %,8.0f docs/s%s%n",
        label,
        result.documents(),
        result.nanos() / 1e9,
        result.rate(),
        result.failed() == 0 ? "" : String.format(Locale.ROOT, " (%,d failed)", result.failed()));
  }
}
