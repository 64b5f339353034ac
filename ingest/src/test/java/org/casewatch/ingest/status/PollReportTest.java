package org.casewatch.ingest.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PollReportTest {

  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void successHasNoErrorAndFailureHasOne() {
    PollReport ok = PollReport.success("https://a.example/feed", "feed", AT, 3);
    assertThat(ok.ok()).isTrue();
    assertThat(ok.errorKind()).isNull();
    assertThat(ok.message()).isEmpty();
    PollReport failed = PollReport.failure("q", "reddit", AT, "HTTP_STATUS", 503, null);
    assertThat(failed.ok()).isFalse();
    assertThat(failed.newItems()).isZero();
    assertThat(failed.httpStatus()).isEqualTo(503);
    assertThat(failed.message()).isEmpty();
  }

  @Test
  void blankErrorKindIsASuccessAndNegativeCountsAreRefused() {
    assertThat(new PollReport("s", "feed", AT, 0, " ", 0, "").ok()).isTrue();
    assertThatThrownBy(() -> new PollReport("s", "feed", AT, -1, null, 0, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PollReport.failure("s", "feed", AT, null, 0, ""))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void defaultFactoryIgnoresReports() {
    PollListener listener = PollListenerFactory.NONE.create();
    listener.polled(PollReport.success("s", "feed", AT, 1));
    listener.close();
    assertThat(listener).isSameAs(PollListener.IGNORE);
  }
}
