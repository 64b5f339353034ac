package org.casewatch.ingest.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-10-21T07:00:00Z");

  @Test
  void readsDeltaSecondsAndHttpDates() {
    assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofMinutes(2));
    assertThat(RetryAfter.parse(" 7 ", NOW)).contains(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse("Wed, 21 Oct 2026 07:28:00 GMT", NOW))
        .contains(Duration.ofMinutes(28));
    assertThat(RetryAfter.parse("99999999999999999999999", NOW)).contains(RetryAfter.MAX_WAIT);
  }

  @Test
  void ignoresAbsentUnreadableZeroAndPastValues() {
    assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    assertThat(RetryAfter.parse(" ", NOW)).isEmpty();
    assertThat(RetryAfter.parse("0", NOW)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse("Wed, 21 Oct 2026 06:00:00 GMT", NOW)).isEmpty();
  }

  @Test
  void busyIsA429OrA503WithRetryAfter() {
    assertThat(RetryAfter.isBusy(429, null)).isTrue();
    assertThat(RetryAfter.isBusy(503, Duration.ofSeconds(1))).isTrue();
    assertThat(RetryAfter.isBusy(503, null)).isFalse();
    assertThat(RetryAfter.isBusy(500, Duration.ofSeconds(1))).isFalse();
  }

  @Test
  void waitIsTheAskedDelayBetweenTheMinimumDelayAndTheCap() {
    Duration second = Duration.ofSeconds(1);
    assertThat(RetryAfter.wait(Duration.ofSeconds(30), second)).isEqualTo(Duration.ofSeconds(30));
    assertThat(RetryAfter.wait(null, second)).isEqualTo(RetryAfter.DEFAULT_WAIT);
    assertThat(RetryAfter.wait(Duration.ofMillis(10), second)).isEqualTo(second);
    assertThat(RetryAfter.wait(Duration.ofDays(365), second)).isEqualTo(RetryAfter.MAX_WAIT);
  }

  @Test
  void aBusyPageKeepsItsRobotsAttemptsAndCountsItsBusyOnes() {
    QueuedFetch fetch =
        new QueuedFetch(
            new org.casewatch.model.FeedItem("f", "id", "https://a.example/1", "t", null), 2, 0);
    QueuedFetch again = fetch.busy(500).busy(900);
    assertThat(again.busyAttempts()).isEqualTo(2);
    assertThat(again.robotsAttempts()).isEqualTo(2);
    assertThat(again.notBefore()).isEqualTo(900);
  }
}
