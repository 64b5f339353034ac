package org.casewatch.ingest.politeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostPacerTest {

  /** A clock that only moves when the pacer sleeps, or when the test advances it. */
  private static final class FakeTime implements InstantSource {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public Instant instant() {
      return now;
    }

    void sleep(Duration d) {
      sleeps.add(d);
      now = now.plus(d);
    }
  }

  @Test
  void secondRequestToAHostWaitsForTheGapOthersDoNot() throws Exception {
    FakeTime time = new FakeTime();
    HostPacer pacer = new HostPacer(time, time::sleep);
    Duration second = Duration.ofSeconds(1);

    assertThat(pacer.awaitTurn("https://a.example", second)).isZero();
    assertThat(pacer.awaitTurn("https://b.example", second)).isZero();
    time.now = time.now.plusMillis(300);
    assertThat(pacer.awaitTurn("https://a.example", second)).isEqualTo(Duration.ofMillis(700));
    time.now = time.now.plusSeconds(5);
    assertThat(pacer.awaitTurn("https://a.example", second)).isZero();
    assertThat(pacer.awaitTurn("https://a.example", Duration.ofSeconds(30)))
        .as("a crawl-delay larger than the minimum wins")
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(700), Duration.ofSeconds(30));
  }

  @Test
  void fiftyRequestsToOneHostAreNeverCloserThanTheDelay() throws Exception {
    FakeTime time = new FakeTime();
    HostPacer pacer = new HostPacer(time, time::sleep);
    List<Instant> sent = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      pacer.awaitTurn("https://a.example", Duration.ofSeconds(1));
      sent.add(time.now);
      time.now = time.now.plusMillis(i % 3 * 200); // work between requests
    }
    for (int i = 1; i < sent.size(); i++) {
      assertThat(Duration.between(sent.get(i - 1), sent.get(i)))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void configValidates() {
    assertThat(PolitenessConfig.defaults().minDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(PolitenessConfig.defaults().respectRobots()).isTrue();
    assertThat(PolitenessConfig.defaults().withMinDelay(Duration.ZERO).minDelay()).isZero();
    assertThatThrownBy(() -> PolitenessConfig.defaults().withMinDelay(Duration.ofSeconds(-1)))
        .hasMessageContaining("must not be negative");
  }
}
