package org.casewatch.ingest.social.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the rate-limit headers of the social APIs into the instant before which no request should
 * be sent.
 *
 * <p>Headers understood (names case-insensitive): {@code Retry-After} (seconds or an HTTP date);
 * {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (Mastodon: an ISO-8601 time; Reddit:
 * seconds until the reset); {@code RateLimit-Remaining} and {@code RateLimit-Reset} (Bluesky: Unix
 * seconds). A numeric reset above {@code 1,000,000,000} is read as Unix seconds, smaller ones as
 * seconds from now. A reset in the past, or one that cannot be read, counts as none.
 */
public final class RateLimits {

  private static final long EPOCH_THRESHOLD = 1_000_000_000L;

  private RateLimits() {}

  /**
   * When the quota announced by a successful answer is used up ({@code *-Remaining} below 1): the
   * reset time; otherwise null.
   */
  public static Instant exhaustedUntil(Function<String, Optional<String>> header, Instant now) {
    Optional<String> remaining =
        header.apply("X-RateLimit-Remaining").or(() -> header.apply("RateLimit-Remaining"));
    if (remaining.isEmpty()) {
      return null;
    }
    try {
      if (Double.parseDouble(remaining.get().strip()) >= 1) {
        return null;
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return reset(header, now);
  }

  /**
   * When to try again after a 429 (or 503) answer: {@code Retry-After}, else the reset header, else
   * {@code now + fallback}.
   */
  public static Instant retryAt(
      Function<String, Optional<String>> header, Instant now, Duration fallback) {
    Instant retry = header.apply("Retry-After").map(v -> retryAfter(v, now)).orElse(null);
    if (retry == null) {
      retry = reset(header, now);
    }
    return retry == null ? now.plus(fallback) : retry;
  }

  /** The reset time announced by the headers, or null. */
  public static Instant reset(Function<String, Optional<String>> header, Instant now) {
    Optional<String> value =
        header.apply("X-RateLimit-Reset").or(() -> header.apply("RateLimit-Reset"));
    if (value.isEmpty()) {
      return null;
    }
    String v = value.get().strip();
    Instant at = Json.instant(v);
    if (at == null) {
      at = seconds(v, now);
    }
    return at == null || !at.isAfter(now) ? null : at;
  }

  private static Instant retryAfter(String value, Instant now) {
    String v = value.strip();
    Instant at = seconds(v, now);
    if (at == null) {
      try {
        at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return at.isAfter(now) ? at : null;
  }

  private static Instant seconds(String value, Instant now) {
    try {
      double seconds = Double.parseDouble(value);
      if (Double.isNaN(seconds) || seconds < 0 || seconds > 1e11) {
        return null;
      }
      if (seconds > EPOCH_THRESHOLD) {
        return Instant.ofEpochSecond((long) seconds);
      }
      return now.plus(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
