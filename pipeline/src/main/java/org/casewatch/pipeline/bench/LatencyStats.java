package org.casewatch.pipeline.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of latencies, by the nearest-rank method: the p-th percentile is the
 * smallest sample with at least p percent of the samples at or below it.
 *
 * @param count the number of samples
 * @param p50Millis the median
 * @param p95Millis the 95th percentile
 * @param maxMillis the slowest sample
 */
record LatencyStats(int count, double p50Millis, double p95Millis, double maxMillis) {

  /** The statistics of latencies given in nanoseconds; all zero when there are none. */
  static LatencyStats ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return new LatencyStats(0, 0, 0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new LatencyStats(
        sorted.length,
        percentile(sorted, 50) / 1e6,
        percentile(sorted, 95) / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  /** The nearest-rank percentile of sorted samples. */
  static long percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
