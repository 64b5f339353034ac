package org.casewatch.ingest.politeness;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long a host that answered a page with 429 (Too Many Requests) or 503 (Service Unavailable)
 * asked to be left alone, and how long the fetch step waits before its next request to that host.
 *
 * <p>Why: a 429 or a 503 with {@code Retry-After} (RFC 9110 section 10.2.3) says the page exists
 * and the host is busy; failing the page would lose it, and asking again at the usual pace would
 * ignore the request. So the page goes back into its host's queue and the whole host waits (ADR
 * 0005). The wait is bounded: at most {@link #MAX_WAIT} (a hostile or misconfigured server cannot
 * park a host for a year), and a page is tried at most {@link #MAX_ATTEMPTS} times before it
 * becomes a dead letter.
 */
public final class RetryAfter {

  /** Longest wait honoured after one busy answer: **1 hour**; longer requests are cut to it. */
  public static final Duration MAX_WAIT = Duration.ofHours(1);

  /** Wait after a 429 that names no {@code Retry-After} (or an unreadable one): **1 minute**. */
  public static final Duration DEFAULT_WAIT = Duration.ofMinutes(1);

  /** Times a page is tried while its host answers busy, the first fetch included: **4**. */
  public static final int MAX_ATTEMPTS = 4;

  private RetryAfter() {}

  /**
   * The delay a {@code Retry-After} value asks for: delta-seconds ({@code 120}) or an HTTP-date
   * ({@code Wed, 21 Oct 2026 07:28:00 GMT}) measured from {@code now}; empty when the value is
   * absent, unreadable, negative or already past.
   */
  public static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        long seconds = Long.parseLong(v);
        return seconds <= 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
      } catch (NumberFormatException e) {
        return Optional.of(MAX_WAIT); // more digits than a long: far beyond any cap
      }
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return at.isAfter(now) ? Optional.of(Duration.between(now, at)) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether a page's failed answer means "busy, come back later": a 429, or a 503 that names a
   * {@code Retry-After}. A plain 503 is a server error like any other.
   */
  public static boolean isBusy(int status, Duration retryAfter) {
    return status == 429 || (status == 503 && retryAfter != null);
  }

  /**
   * How long the host waits after a busy answer: the {@code Retry-After} delay (or {@link
   * #DEFAULT_WAIT} when it gave none), at least {@code minDelay}, at most {@link #MAX_WAIT}.
   */
  public static Duration wait(Duration retryAfter, Duration minDelay) {
    Duration wait = retryAfter == null ? DEFAULT_WAIT : retryAfter;
    if (wait.compareTo(minDelay) < 0) {
      wait = minDelay;
    }
    return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
  }
}
