package org.casewatch.index.sink.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter, capped.
 *
 * <p>Retry {@code n} (1-based) waits between half and all of {@code min(max, initial * 2^(n-1))}
 * ("equal jitter"): the delay still grows exponentially, so a rejecting cluster is given room, but
 * writers that failed together do not retry in lockstep.
 */
public final class Backoff {

  private final long initialMillis;
  private final long maxMillis;
  private final DoubleSupplier random;

  /**
   * A backoff schedule.
   *
   * @param random supplies uniform values in [0, 1) for the jitter
   */
  public Backoff(Duration initial, Duration max, DoubleSupplier random) {
    this.initialMillis = initial.toMillis();
    this.maxMillis = max.toMillis();
    this.random = random;
    if (initialMillis <= 0 || maxMillis < initialMillis) {
      throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + ", " + max);
    }
  }

  /** The delay before retry number {@code attempt} (1-based). */
  public Duration delay(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt is 1-based, got " + attempt);
    }
    long ceiling = maxMillis;
    int shift = attempt - 1;
    if (shift < 62 && initialMillis <= (maxMillis >> shift)) {
      ceiling = initialMillis << shift;
    }
    long half = ceiling / 2;
    return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
  }
}
