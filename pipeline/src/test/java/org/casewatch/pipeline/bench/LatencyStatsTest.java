package org.casewatch.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {

  @Test
  void nearestRankPercentiles() {
    long[] nanos = new long[100];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = (100 - i) * 1_000_000L;
    }
    LatencyStats stats = LatencyStats.ofNanos(nanos);
    assertThat(stats.count()).isEqualTo(100);
    assertThat(stats.p50Millis()).isEqualTo(50.0);
    assertThat(stats.p95Millis()).isEqualTo(95.0);
    assertThat(stats.maxMillis()).isEqualTo(100.0);
  }

  @Test
  void smallAndEmptySamples() {
    assertThat(LatencyStats.ofNanos(new long[] {3_000_000}))
        .isEqualTo(new LatencyStats(1, 3, 3, 3));
    assertThat(LatencyStats.ofNanos(new long[0])).isEqualTo(new LatencyStats(0, 0, 0, 0));
  }
}
