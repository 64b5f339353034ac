package org.casewatch.index.sink;

import java.io.Serializable;
import java.time.Duration;

/**
 * How the sink batches and retries, as an immutable, serializable value.
 *
 * <p>A bulk request is sent when it holds {@code maxActions} documents or {@code maxBytes} of JSON,
 * when {@code flushInterval} has passed since the last send, and at every checkpoint. A failed item
 * is retried at most {@code maxRetries} times, waiting between half and all of {@code
 * initialBackoff * 2^(n-1)}, never more than {@code maxBackoff}.
 *
 * @param maxActions documents per bulk request; default **500**
 * @param maxBytes JSON bytes per bulk request, and the largest single document; default **5 MiB**
 * @param flushInterval longest time a document waits in the buffer; default **1 second**
 * @param maxRetries retries per item before it is dead-lettered; default **5**
 * @param initialBackoff wait before the first retry; default **100 ms**
 * @param maxBackoff longest wait between retries; default **10 seconds**
 * @param deadLetterDocumentCapChars longest failed-document text kept in a dead letter; default
 *     **16384 characters**
 */
public record BulkLimits(
    int maxActions,
    long maxBytes,
    Duration flushInterval,
    int maxRetries,
    Duration initialBackoff,
    Duration maxBackoff,
    int deadLetterDocumentCapChars)
    implements Serializable {

  /** Documents per bulk request: **500**. */
  public static final int DEFAULT_MAX_ACTIONS = 500;

  /** JSON bytes per bulk request: **5 MiB**. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  /** Longest time a document waits in the buffer: **1 second**. */
  public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofSeconds(1);

  /** Retries per item before it is dead-lettered: **5**. */
  public static final int DEFAULT_MAX_RETRIES = 5;

  /** Wait before the first retry: **100 ms**. */
  public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(100);

  /** Longest wait between retries: **10 seconds**. */
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(10);

  /** Longest failed-document text kept in a dead letter: **16384 characters**. */
  public static final int DEFAULT_DEAD_LETTER_DOCUMENT_CAP_CHARS = 16_384;

  /** The defaults above. */
  public static BulkLimits defaults() {
    return new BulkLimits(
        DEFAULT_MAX_ACTIONS,
        DEFAULT_MAX_BYTES,
        DEFAULT_FLUSH_INTERVAL,
        DEFAULT_MAX_RETRIES,
        DEFAULT_INITIAL_BACKOFF,
        DEFAULT_MAX_BACKOFF,
        DEFAULT_DEAD_LETTER_DOCUMENT_CAP_CHARS);
  }

  /**
   * Checks the values; the builder calls this.
   *
   * @throws IllegalArgumentException naming the first value out of range
   */
  public BulkLimits {
    require(maxActions >= 1 && maxActions <= 10_000, "maxActions must be in [1, 10000]");
    require(
        maxBytes >= 1024 && maxBytes <= 100L * 1024 * 1024, "maxBytes must be in [1 KiB, 100 MiB]");
    require(positive(flushInterval), "flushInterval must be positive");
    require(maxRetries >= 0 && maxRetries <= 50, "maxRetries must be in [0, 50]");
    require(positive(initialBackoff), "initialBackoff must be positive");
    require(
        maxBackoff != null && maxBackoff.compareTo(initialBackoff) >= 0,
        "maxBackoff must be at least initialBackoff");
    require(deadLetterDocumentCapChars >= 0, "deadLetterDocumentCapChars must not be negative");
  }

  private static boolean positive(Duration duration) {
    return duration != null && !duration.isNegative() && !duration.isZero();
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
