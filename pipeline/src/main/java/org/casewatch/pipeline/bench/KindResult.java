package org.casewatch.pipeline.bench;

/**
 * The measured latencies of one query kind.
 *
 * @param kind the kind
 * @param stats p50, p95 and max over the measured queries (warm-up excluded)
 * @param meanResults the mean number of results per query, to show the queries found something
 * @param errors queries that failed; they are not in {@code stats}
 * @param firstError the message of the first failure, or empty
 */
record KindResult(
    QueryKind kind, LatencyStats stats, double meanResults, int errors, String firstError) {

  /** Whether the p95 is within the kind's target and no query failed. */
  boolean passes() {
    return errors == 0 && stats.count() > 0 && stats.p95Millis() <= kind.targetP95Millis();
  }
}
