package org.casewatch.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  @Test
  void expiresWhenTheBudgetIsSpentOnTheTicker() {
    AtomicLong now = new AtomicLong(1_000);
    Deadline d = Deadline.start(Duration.ofMillis(5), now::get);
    assertThat(d.expired()).isFalse();
    now.addAndGet(4_999_999);
    assertThat(d.expired()).isFalse();
    now.addAndGet(1);
    assertThat(d.expired()).isTrue();
    assertThat(d.elapsedNanos()).isEqualTo(5_000_000);
  }
}
