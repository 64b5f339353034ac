package org.casewatch.ingest.revisit;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * When articles are revisited, and how a revisit that fails for a passing reason is retried.
 *
 * <p>Delays count from the first fetch of an article, in ascending order; an empty list disables
 * revisits. A revisit that fails for a reason that may pass (5xx, 429, timeout, network, DNS,
 * unreadable robots.txt) is tried once more {@code retryDelay} later; if that fails too, the
 * revisit is recorded as failed (a dead letter and the {@code revisitFailed} counter) and the next
 * one is scheduled as planned. Never more than one retry: an endless retry would hammer a site.
 *
 * @param delays the revisit delays after the first fetch (default **24 hours and 7 days**)
 * @param retryDelay the wait before the single retry of a revisit (default **1 hour**)
 */
public record RevisitConfig(List<Duration> delays, Duration retryDelay) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Default revisits: **24 hours and 7 days** after the first fetch. */
  public static final List<Duration> DEFAULT_DELAYS =
      List.of(Duration.ofHours(24), Duration.ofDays(7));

  /**
   * Default wait before the one retry of a revisit that failed for a passing reason: **1 hour**.
   */
  public static final Duration DEFAULT_RETRY_DELAY = Duration.ofHours(1);

  /** Most revisits per article: **10**, so that the state of an article stays small. */
  public static final int MAX_REVISITS = 10;

  public RevisitConfig {
    Objects.requireNonNull(delays, "delays");
    Objects.requireNonNull(retryDelay, "retryDelay");
    delays = List.copyOf(delays);
    if (delays.size() > MAX_REVISITS) {
      throw new IllegalArgumentException(
          "at most " + MAX_REVISITS + " revisits per article, was " + delays.size());
    }
    Duration previous = Duration.ZERO;
    for (Duration d : delays) {
      if (d.compareTo(previous) <= 0) {
        throw new IllegalArgumentException(
            "revisit delays must be positive and ascending, was " + delays);
      }
      previous = d;
    }
    if (retryDelay.isNegative() || retryDelay.isZero()) {
      throw new IllegalArgumentException("retryDelay must be positive, was " + retryDelay);
    }
  }

  /** Revisits at 24 hours and 7 days, one retry after an hour. */
  public static RevisitConfig defaults() {
    return new RevisitConfig(DEFAULT_DELAYS, DEFAULT_RETRY_DELAY);
  }

  /** No revisits. */
  public static RevisitConfig disabled() {
    return new RevisitConfig(List.of(), DEFAULT_RETRY_DELAY);
  }

  /** True when at least one revisit is planned. */
  public boolean enabled() {
    return !delays.isEmpty();
  }
}
