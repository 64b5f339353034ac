package org.casewatch.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void lineShowsCountRateAndTimeLeft() {
    assertThat(Progress.line(45_000, 20_000_000_000L, 200_000, "sink"))
        .isEqualTo("  sink: 45,000 / 200,000, 2,250/s, ETA 1m 08s");
    assertThat(Progress.line(0, 0, 10, "x")).endsWith("ETA ?");
  }

  @Test
  void durations() {
    assertThat(Progress.duration(5)).isEqualTo("5s");
    assertThat(Progress.duration(125)).isEqualTo("2m 05s");
    assertThat(Progress.duration(3_723)).isEqualTo("1h 02m 03s");
  }

  @Test
  void printsAtMostOncePerInterval() {
    StringWriter out = new StringWriter();
    Progress progress = new Progress(new PrintWriter(out), "docs", 10);
    progress.update(1);
    progress.update(2);
    assertThat(out.toString()).isEmpty();
  }
}
