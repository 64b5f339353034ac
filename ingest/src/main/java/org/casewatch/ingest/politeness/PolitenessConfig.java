package org.casewatch.ingest.politeness;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import org.casewatch.ingest.robots.RobotsCache;
import org.casewatch.ingest.robots.RobotsPolicy;

/**
 * How politely pages are fetched.
 *
 * @param respectRobots whether robots.txt is fetched and obeyed (default **true**; turn off only
 *     for sites you own)
 * @param minDelay the least time between two requests to one host (default **1 second**); a larger
 *     robots.txt {@code Crawl-delay} wins, up to the policy's cap
 * @param robots the robots.txt policy (product token, size cap, crawl-delay cap)
 * @param robotsAttempts how many times a page is tried while its site's robots.txt cannot be read
 *     (5xx, unreachable) before it is dead-lettered as {@code ROBOTS_UNAVAILABLE} (default **4**);
 *     also the bound on tries of a page whose fetch fails transiently (DNS, network, deadline)
 * @param robotsRetryDelay the wait before the first retry of such a page, doubled for each further
 *     one (default **1 hour**, the robots cache's retry interval, so that a retry finds the cache
 *     entry expired and fetches robots.txt again); also the retry delay after a transient fetch
 *     failure
 */
public record PolitenessConfig(
    boolean respectRobots,
    Duration minDelay,
    RobotsPolicy robots,
    int robotsAttempts,
    Duration robotsRetryDelay)
    implements Serializable {

  /** Default least time between requests to one host: **1 second**. */
  public static final Duration DEFAULT_MIN_DELAY = Duration.ofSeconds(1);

  /** Default attempts of a page while its robots.txt cannot be read: **4**. */
  public static final int DEFAULT_ROBOTS_ATTEMPTS = 4;

  /** Default wait before the first retry of such a page: **1 hour**, doubled each time. */
  public static final Duration DEFAULT_ROBOTS_RETRY_DELAY = RobotsCache.DEFAULT_RETRY_UNREACHABLE;

  /** Longest wait between two attempts: **24 hours**. */
  public static final Duration MAX_ROBOTS_RETRY_DELAY = Duration.ofHours(24);

  public PolitenessConfig {
    Objects.requireNonNull(minDelay, "minDelay");
    Objects.requireNonNull(robots, "robots");
    Objects.requireNonNull(robotsRetryDelay, "robotsRetryDelay");
    if (minDelay.isNegative()) {
      throw new IllegalArgumentException("minDelay must not be negative, was " + minDelay);
    }
    if (robotsAttempts < 1) {
      throw new IllegalArgumentException("robotsAttempts must be positive, was " + robotsAttempts);
    }
    if (robotsRetryDelay.isNegative() || robotsRetryDelay.isZero()) {
      throw new IllegalArgumentException(
          "robotsRetryDelay must be positive, was " + robotsRetryDelay);
    }
  }

  /** A configuration with the default robots.txt retries. */
  public PolitenessConfig(boolean respectRobots, Duration minDelay, RobotsPolicy robots) {
    this(respectRobots, minDelay, robots, DEFAULT_ROBOTS_ATTEMPTS, DEFAULT_ROBOTS_RETRY_DELAY);
  }

  /** robots.txt obeyed, one request per second per host at most. */
  public static PolitenessConfig defaults() {
    return new PolitenessConfig(true, DEFAULT_MIN_DELAY, RobotsPolicy.defaults());
  }

  /** This configuration with another minimum delay. */
  public PolitenessConfig withMinDelay(Duration delay) {
    return new PolitenessConfig(respectRobots, delay, robots, robotsAttempts, robotsRetryDelay);
  }

  /** This configuration with other robots.txt retries. */
  public PolitenessConfig withRobotsRetries(int attempts, Duration firstDelay) {
    return new PolitenessConfig(respectRobots, minDelay, robots, attempts, firstDelay);
  }

  /**
   * The wait before attempt {@code attempt + 1} of a page whose robots.txt could not be read in
   * attempt {@code attempt} (from 1): the first delay doubled {@code attempt - 1} times, at most
   * {@link #MAX_ROBOTS_RETRY_DELAY}.
   */
  public Duration robotsRetryDelay(int attempt) {
    Duration delay = robotsRetryDelay;
    for (int i = 1; i < attempt && delay.compareTo(MAX_ROBOTS_RETRY_DELAY) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(MAX_ROBOTS_RETRY_DELAY) > 0 ? MAX_ROBOTS_RETRY_DELAY : delay;
  }
}
