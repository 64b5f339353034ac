package org.casewatch.ingest.social;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * Immutable, serializable settings of the social pollers.
 *
 * <p>Defaults: page size <b>40</b> posts (Mastodon's maximum; Bluesky and Reddit allow up to 100);
 * backfill and re-sync window <b>24 hours</b>; overlap below the committed mark <b>5 minutes</b>
 * (posts indexed late are still caught; duplicates are removed by post id); at most <b>50</b> pages
 * per sweep; rate-limit waits capped at <b>15 minutes</b>; a 429 without any reset header waits
 * <b>60 seconds</b>.
 *
 * <pre>{@code
 * SocialPollConfig config = SocialPollConfig.builder().window(Duration.ofHours(6)).build();
 * }</pre>
 *
 * @param pageLimit posts asked for per request
 * @param window how far back the first sweep and a re-sync sweep read
 * @param overlap how far below the committed mark a sweep reads
 * @param maxPagesPerSweep the page limit of one sweep; a sweep cut by it raises a {@link SocialGap}
 * @param maxRateLimitWait the longest wait a rate-limit header can impose
 * @param rateLimitFallback the wait after a 429 without a usable header
 */
public record SocialPollConfig(
    int pageLimit,
    Duration window,
    Duration overlap,
    int maxPagesPerSweep,
    Duration maxRateLimitWait,
    Duration rateLimitFallback)
    implements Serializable {

  /** Default posts per request: <b>40</b>. */
  public static final int DEFAULT_PAGE_LIMIT = 40;

  /** Default backfill and re-sync window: <b>24 hours</b>. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

  /** Default overlap below the committed mark: <b>5 minutes</b>. */
  public static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(5);

  /** Default page limit per sweep: <b>50</b> pages. */
  public static final int DEFAULT_MAX_PAGES_PER_SWEEP = 50;

  /** Default cap on a rate-limit wait: <b>15 minutes</b>. */
  public static final Duration DEFAULT_MAX_RATE_LIMIT_WAIT = Duration.ofMinutes(15);

  /** Default wait after a 429 without reset headers: <b>60 seconds</b>. */
  public static final Duration DEFAULT_RATE_LIMIT_FALLBACK = Duration.ofSeconds(60);

  /** Validates; prefer {@link #builder()}. */
  public SocialPollConfig {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(overlap, "overlap");
    Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
    Objects.requireNonNull(rateLimitFallback, "rateLimitFallback");
    if (pageLimit < 1 || pageLimit > 100) {
      throw new IllegalArgumentException("pageLimit must be in [1, 100], was " + pageLimit);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    if (overlap.isNegative()) {
      throw new IllegalArgumentException("overlap must not be negative, was " + overlap);
    }
    if (maxPagesPerSweep < 1) {
      throw new IllegalArgumentException("maxPagesPerSweep must be positive");
    }
    if (maxRateLimitWait.isNegative() || rateLimitFallback.isNegative()) {
      throw new IllegalArgumentException("rate-limit waits must not be negative");
    }
  }

  /** The defaults. */
  public static SocialPollConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SocialPollConfig}; {@link #build()} validates. Not thread-safe. */
  public static final class Builder {
    private int pageLimit = DEFAULT_PAGE_LIMIT;
    private Duration window = DEFAULT_WINDOW;
    private Duration overlap = DEFAULT_OVERLAP;
    private int maxPagesPerSweep = DEFAULT_MAX_PAGES_PER_SWEEP;
    private Duration maxRateLimitWait = DEFAULT_MAX_RATE_LIMIT_WAIT;
    private Duration rateLimitFallback = DEFAULT_RATE_LIMIT_FALLBACK;

    private Builder() {}

    /** Posts per request (default <b>40</b>; Mastodon caps at 40). */
    public Builder pageLimit(int pageLimit) {
      this.pageLimit = pageLimit;
      return this;
    }

    /** Backfill and re-sync window (default <b>24 hours</b>). */
    public Builder window(Duration window) {
      this.window = window;
      return this;
    }

    /** Overlap below the committed mark (default <b>5 minutes</b>). */
    public Builder overlap(Duration overlap) {
      this.overlap = overlap;
      return this;
    }

    /** Page limit per sweep (default <b>50</b>). */
    public Builder maxPagesPerSweep(int maxPagesPerSweep) {
      this.maxPagesPerSweep = maxPagesPerSweep;
      return this;
    }

    /** Cap on a rate-limit wait (default <b>15 minutes</b>). */
    public Builder maxRateLimitWait(Duration maxRateLimitWait) {
      this.maxRateLimitWait = maxRateLimitWait;
      return this;
    }

    /** Wait after a 429 without reset headers (default <b>60 seconds</b>). */
    public Builder rateLimitFallback(Duration rateLimitFallback) {
      this.rateLimitFallback = rateLimitFallback;
      return this;
    }

    /** Validates and builds. */
    public SocialPollConfig build() {
      return new SocialPollConfig(
          pageLimit, window, overlap, maxPagesPerSweep, maxRateLimitWait, rateLimitFallback);
    }
  }
}
