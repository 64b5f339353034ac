package org.casewatch.ingest.politeness;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import org.casewatch.ingest.robots.RobotsPolicy;

/**
 * How politely pages are fetched.
 *
 * @param respectRobots whether robots.txt is fetched and obeyed (default **true**; turn off only
 *     for sites you own)
 * @param minDelay the least time between two requests to one host (default **1 second**); a larger
 *     robots.txt {@code Crawl-delay} wins, up to the policy's cap
 * @param robots the robots.txt policy (product token, size cap, crawl-delay cap)
 */
public record PolitenessConfig(boolean respectRobots, Duration minDelay, RobotsPolicy robots)
    implements Serializable {

  /** Default least time between requests to one host: **1 second**. */
  public static final Duration DEFAULT_MIN_DELAY = Duration.ofSeconds(1);

  public PolitenessConfig {
    Objects.requireNonNull(minDelay, "minDelay");
    Objects.requireNonNull(robots, "robots");
    if (minDelay.isNegative()) {
      throw new IllegalArgumentException("minDelay must not be negative, was " + minDelay);
    }
  }

  /** robots.txt obeyed, one request per second per host at most. */
  public static PolitenessConfig defaults() {
    return new PolitenessConfig(true, DEFAULT_MIN_DELAY, RobotsPolicy.defaults());
  }

  /** This configuration with another minimum delay. */
  public PolitenessConfig withMinDelay(Duration delay) {
    return new PolitenessConfig(respectRobots, delay, robots);
  }
}
