package org.casewatch.ingest.robots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {

  /** A clock the test moves by hand. */
  private static final class FakeClock implements InstantSource {
    private Instant now = Instant.parse("2025-01-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  private static final URI PAGE = URI.create("https://News.Example/a/b?c=1");
  private final FakeClock clock = new FakeClock();
  private final RobotsPolicy policy = RobotsPolicy.defaults();
  private final RobotsCache cache = RobotsCache.builder().clock(clock).build();

  private RobotsRules disallowPrivate() {
    return policy.fromResponse(
        200, "User-agent: *\nDisallow: /private\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void keysByOriginWithTheDefaultPortExplicit() {
    assertThat(RobotsCache.originOf(PAGE)).isEqualTo("https://news.example:443");
    assertThat(RobotsCache.originOf(URI.create("http://a.example:8080/x")))
        .isEqualTo("http://a.example:8080");
    assertThat(RobotsCache.robotsUrlOf(PAGE))
        .isEqualTo(URI.create("https://News.Example/robots.txt"));

    cache.put(PAGE, disallowPrivate());
    assertThat(cache.get(URI.create("https://news.example:443/other"))).isPresent();
    assertThat(cache.get(URI.create("http://news.example/other"))).isEmpty();
  }

  @Test
  void readableRulesLiveFor24Hours() {
    RobotsRules rules = disallowPrivate();
    cache.put(PAGE, rules);

    clock.advance(Duration.ofHours(23).plusMinutes(59));
    assertThat(cache.get(PAGE)).containsSame(rules);
    clock.advance(Duration.ofMinutes(1));
    assertThat(cache.get(PAGE)).isEmpty();
  }

  @Test
  void aShorterTtlIsHonouredAndALongerOneRefused() {
    RobotsCache shortCache = RobotsCache.builder().clock(clock).ttl(Duration.ofHours(2)).build();
    shortCache.put(PAGE, disallowPrivate());
    clock.advance(Duration.ofHours(2));
    assertThat(shortCache.get(PAGE)).isEmpty();

    assertThatThrownBy(() -> RobotsCache.builder().ttl(Duration.ofHours(25)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("24 hours");
  }

  @Test
  void unreachableDisallowsTheHostAndIsRetriedAfterAnHour() {
    RobotsRules down = policy.fromResponse(503, new byte[0]);
    RobotsRules applied = cache.put(PAGE, down);

    assertThat(applied.isAllowed(PAGE)).isFalse();
    assertThat(cache.get(PAGE)).containsSame(down);
    clock.advance(Duration.ofHours(1));
    assertThat(cache.get(PAGE)).isEmpty();
    assertThat(cache.unreachableFor(PAGE)).contains(Duration.ofHours(1));
  }

  @Test
  void aGoodCopyIsKeptWhileUnreachableAndUsedAgainAfter30Days() {
    RobotsRules good = disallowPrivate();
    cache.put(PAGE, good);
    clock.advance(Duration.ofDays(1));

    RobotsRules down = policy.fromFetchError(org.casewatch.ingest.fetch.FetchError.TIMEOUT, 0);
    assertThat(cache.put(PAGE, down).isAllowed("https://news.example/public")).isFalse();
    clock.advance(Duration.ofDays(30).minusSeconds(1));
    assertThat(cache.put(PAGE, down)).isSameAs(down);
    clock.advance(Duration.ofSeconds(1));
    RobotsRules after30Days = cache.put(PAGE, down);
    assertThat(after30Days).isSameAs(good);
    assertThat(after30Days.isAllowed("https://news.example/public")).isTrue();
    assertThat(after30Days.isAllowed("https://news.example/private")).isFalse();

    // Readable again: the clock of unreachability starts over.
    cache.put(PAGE, good);
    assertThat(cache.unreachableFor(PAGE)).isEmpty();
  }

  @Test
  void aHostThatWasNeverReadableStaysDisallowedAfter30Days() {
    RobotsRules down = policy.fromResponse(500, new byte[0]);
    cache.put(PAGE, down);
    clock.advance(Duration.ofDays(31));
    assertThat(cache.put(PAGE, down).isAllowed(PAGE)).isFalse();
  }

  @Test
  void getOrLoadFetchesOncePerTtlWithTheRobotsUrl() {
    List<URI> loads = new ArrayList<>();
    RobotsRules rules = disallowPrivate();
    cache.getOrLoad(
        PAGE,
        u -> {
          loads.add(u);
          return rules;
        });
    cache.getOrLoad(
        URI.create("https://news.example/other"),
        u -> {
          loads.add(u);
          return rules;
        });
    clock.advance(Duration.ofHours(24));
    cache.getOrLoad(
        PAGE,
        u -> {
          loads.add(u);
          return rules;
        });

    assertThat(loads)
        .containsExactly(
            URI.create("https://News.Example/robots.txt"),
            URI.create("https://News.Example/robots.txt"));
  }

  @Test
  void holdsAtMostMaxEntriesDroppingTheLeastRecentlyUsed() {
    RobotsCache small = RobotsCache.builder().clock(clock).maxEntries(2).build();
    small.put(URI.create("https://a.example/"), disallowPrivate());
    small.put(URI.create("https://b.example/"), disallowPrivate());
    small.get(URI.create("https://a.example/"));
    small.put(URI.create("https://c.example/"), disallowPrivate());

    assertThat(small.size()).isEqualTo(2);
    assertThat(small.get(URI.create("https://a.example/"))).isPresent();
    assertThat(small.get(URI.create("https://b.example/"))).isEmpty();
  }
}
