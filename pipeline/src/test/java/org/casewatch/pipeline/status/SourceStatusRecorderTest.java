package org.casewatch.pipeline.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.casewatch.ingest.status.PollReport;
import org.junit.jupiter.api.Test;

/** Failure shapes a live Elasticsearch cannot produce on demand: the cluster is unreachable. */
class SourceStatusRecorderTest {

  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void unreachableElasticsearchNeverThrowsAndKeepsABoundedQueue() {
    int[] attempts = {0};
    SourceStatusRecorder recorder =
        new SourceStatusRecorder(
            () -> {
              attempts[0]++;
              throw new IllegalStateException("connection refused");
            },
            Map.of("f", Duration.ofMinutes(5)),
            Clock.systemUTC());
    int reports = SourceStatusRecorder.MAX_PENDING + 5;
    for (int i = 0; i < reports; i++) {
      recorder.polled(PollReport.success("f", "feed", AT.plusSeconds(i), 1));
    }
    assertThat(recorder.failedWrites()).isEqualTo(reports);
    assertThat(recorder.droppedReports()).isEqualTo(5);
    assertThat(recorder.status("f")).as("nothing applied before the stored status loads").isNull();
    assertThat(attempts[0]).isEqualTo(reports);
    recorder.close();
  }
}
