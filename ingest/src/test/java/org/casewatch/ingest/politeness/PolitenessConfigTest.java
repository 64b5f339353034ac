package org.casewatch.ingest.politeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.casewatch.model.FeedItem;
import org.junit.jupiter.api.Test;

class PolitenessConfigTest {

  @Test
  void robotsRetriesDoubleUpToADay() {
    PolitenessConfig config = PolitenessConfig.defaults();
    assertThat(config.robotsAttempts()).isEqualTo(4);
    assertThat(config.robotsRetryDelay(1)).isEqualTo(Duration.ofHours(1));
    assertThat(config.robotsRetryDelay(2)).isEqualTo(Duration.ofHours(2));
    assertThat(config.robotsRetryDelay(3)).isEqualTo(Duration.ofHours(4));
    assertThat(config.robotsRetryDelay(50)).isEqualTo(Duration.ofHours(24));
    PolitenessConfig fast = config.withRobotsRetries(2, Duration.ofMillis(300));
    assertThat(fast.robotsRetryDelay(2)).isEqualTo(Duration.ofMillis(600));
    assertThat(fast.withMinDelay(Duration.ZERO).robotsAttempts()).isEqualTo(2);
    assertThatThrownBy(() -> config.withRobotsRetries(0, Duration.ofMinutes(1)))
        .hasMessageContaining("robotsAttempts");
    assertThatThrownBy(() -> config.withRobotsRetries(2, Duration.ZERO))
        .hasMessageContaining("robotsRetryDelay");
  }

  @Test
  void queuedFetchesAreTakenInOrderWhenDue() {
    FeedItem a = new FeedItem("f", "a", "https://a.example/1", "", Instant.EPOCH);
    FeedItem b = new FeedItem("f", "b", "https://a.example/2", "", Instant.EPOCH);
    List<QueuedFetch> queue = List.of(new QueuedFetch(a, 1, 500), QueuedFetch.of(b));
    assertThat(QueuedFetch.firstDue(queue, 100)).isEqualTo(1);
    assertThat(QueuedFetch.firstDue(queue, 500)).isZero();
    assertThat(QueuedFetch.firstDue(List.of(new QueuedFetch(a, 1, 500)), 100)).isEqualTo(-1);
    assertThat(QueuedFetch.earliest(queue)).isZero();
  }
}
