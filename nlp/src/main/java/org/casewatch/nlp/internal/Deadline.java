package org.casewatch.nlp.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A point in time after which work on one document should stop, read from an injectable nanosecond
 * ticker so that tests need not sleep.
 */
public final class Deadline {

  private final LongSupplier nanoTicker;
  private final long start;
  private final long budgetNanos;

  private Deadline(LongSupplier nanoTicker, Duration budget) {
    this.nanoTicker = nanoTicker;
    this.start = nanoTicker.getAsLong();
    this.budgetNanos = budget.toNanos();
  }

  /** A deadline {@code budget} from now on the given ticker (such as {@code System::nanoTime}). */
  public static Deadline start(Duration budget, LongSupplier nanoTicker) {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(nanoTicker, "nanoTicker");
    return new Deadline(nanoTicker, budget);
  }

  /** Whether the budget is spent. */
  public boolean expired() {
    return elapsedNanos() >= budgetNanos;
  }

  /** Time spent since the start, in nanoseconds. */
  public long elapsedNanos() {
    return nanoTicker.getAsLong() - start;
  }
}
