package org.casewatch.index.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static final Duration INITIAL = Duration.ofMillis(100);
  private static final Duration MAX = Duration.ofSeconds(10);

  @Test
  void doublesFromTheInitialDelayUpToTheCap() {
    Backoff highest = new Backoff(INITIAL, MAX, () -> 0.999999);
    assertThat(highest.delay(1).toMillis()).isEqualTo(99);
    assertThat(highest.delay(2).toMillis()).isEqualTo(199);
    assertThat(highest.delay(3).toMillis()).isEqualTo(399);
    assertThat(highest.delay(8).toMillis()).isEqualTo(9999);
    assertThat(highest.delay(40).toMillis()).isEqualTo(9999);
    assertThat(highest.delay(Integer.MAX_VALUE).toMillis()).isEqualTo(9999);
  }

  @Test
  void jitterKeepsAtLeastHalfOfTheCeiling() {
    Backoff lowest = new Backoff(INITIAL, MAX, () -> 0.0);
    assertThat(lowest.delay(1)).isEqualTo(Duration.ofMillis(50));
    assertThat(lowest.delay(4)).isEqualTo(Duration.ofMillis(400));
    assertThat(lowest.delay(20)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, MAX, () -> 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(MAX, INITIAL, () -> 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(INITIAL, MAX, () -> 0.5).delay(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
