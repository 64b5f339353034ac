package org.casewatch.ingest.politeness;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps a minimum gap between requests to one host.
 *
 * <p>How and why: a crawler that fetches a feed's twenty links as fast as it can looks like an
 * attack to the site, and gets blocked. Before each request, {@link #awaitTurn} waits until the
 * host's previous request is at least the delay in the past, then records the new one. The delay is
 * the larger of the configured minimum and the site's robots.txt {@code Crawl-delay}. Callers of
 * one pacer are serialised per call, so concurrent callers never send two requests to a host within
 * the gap. Hosts are remembered in a bounded, least-recently-used map.
 *
 * <p>Thread-safe. The clock and the sleeping are injectable for tests.
 */
public final class HostPacer {

  /** How many hosts are remembered: **10,000**. */
  public static final int MAX_HOSTS = 10_000;

  /** Sleeps; the real one is {@link Thread#sleep(long)}. */
  @FunctionalInterface
  public interface Sleeper {
    /** Sleeps for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
  }

  private final InstantSource clock;
  private final Sleeper sleeper;
  private final Map<String, Instant> last =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
          return size() > MAX_HOSTS;
        }
      };

  /** A pacer on the system clock that really sleeps. */
  public HostPacer() {
    this(InstantSource.system(), d -> Thread.sleep(Math.max(1, d.toMillis())));
  }

  /** A pacer on the given clock and sleeper. */
  public HostPacer(InstantSource clock, Sleeper sleeper) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * Waits until a request to {@code host} may be sent, then records it as sent now.
   *
   * @return how long it waited
   * @throws InterruptedException when interrupted while waiting (nothing is recorded)
   */
  public synchronized Duration awaitTurn(String host, Duration delay) throws InterruptedException {
    Instant previous = last.get(host);
    Duration waited = Duration.ZERO;
    if (previous != null) {
      Duration wait = Duration.between(clock.instant(), previous.plus(delay));
      if (!wait.isNegative() && !wait.isZero()) {
        sleeper.sleep(wait);
        waited = wait;
      }
    }
    last.put(host, clock.instant());
    return waited;
  }
}
