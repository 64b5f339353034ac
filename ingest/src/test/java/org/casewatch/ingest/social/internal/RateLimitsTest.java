package org.casewatch.ingest.social.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

  private static Function<String, Optional<String>> headers(String... pairs) {
    Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return name -> Optional.ofNullable(map.get(name));
  }

  @Test
  void mastodonResetIsAnIsoTime() {
    var h = headers("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "2026-01-01T12:01:30.000Z");
    assertThat(RateLimits.exhaustedUntil(h, NOW)).isEqualTo(NOW.plusSeconds(90));
    assertThat(RateLimits.retryAt(h, NOW, Duration.ofSeconds(60))).isEqualTo(NOW.plusSeconds(90));
  }

  @Test
  void redditResetIsSecondsFromNowAndRemainingIsFractional() {
    var low = headers("x-ratelimit-remaining", "0.0", "x-ratelimit-reset", "42");
    assertThat(RateLimits.exhaustedUntil(low, NOW)).isEqualTo(NOW.plusSeconds(42));
    var plenty = headers("x-ratelimit-remaining", "598.0", "x-ratelimit-reset", "42");
    assertThat(RateLimits.exhaustedUntil(plenty, NOW)).isNull();
  }

  @Test
  void blueskyResetIsUnixSecondsAndRetryAfterWins() {
    long reset = NOW.getEpochSecond() + 300;
    var h = headers("RateLimit-Remaining", "0", "RateLimit-Reset", Long.toString(reset));
    assertThat(RateLimits.exhaustedUntil(h, NOW)).isEqualTo(Instant.ofEpochSecond(reset));
    var retry = headers("Retry-After", "7", "RateLimit-Reset", Long.toString(reset));
    assertThat(RateLimits.retryAt(retry, NOW, Duration.ofSeconds(60)))
        .isEqualTo(NOW.plusSeconds(7));
    var date = headers("Retry-After", "Thu, 01 Jan 2026 12:02:00 GMT");
    assertThat(RateLimits.retryAt(date, NOW, Duration.ofSeconds(60)))
        .isEqualTo(NOW.plusSeconds(120));
  }

  @Test
  void missingPastOrGarbageHeadersFallBack() {
    assertThat(RateLimits.retryAt(headers(), NOW, Duration.ofSeconds(60)))
        .isEqualTo(NOW.plusSeconds(60));
    var past = headers("X-RateLimit-Reset", "2025-12-31T00:00:00Z", "Retry-After", "soon");
    assertThat(RateLimits.retryAt(past, NOW, Duration.ofSeconds(5))).isEqualTo(NOW.plusSeconds(5));
    assertThat(RateLimits.exhaustedUntil(headers("X-RateLimit-Remaining", "x"), NOW)).isNull();
  }
}
