package org.casewatch.ingest.fetch;

import java.io.Serializable;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable, serializable configuration of the {@link HttpFetcher}: identity, deadline, byte caps,
 * redirect limit and the explicit address allow-list.
 *
 * <p>Defaults: user agent {@value #DEFAULT_USER_AGENT}; total deadline per fetch (all hops, headers
 * and body) <b>30 seconds</b>; page body cap <b>5 MiB</b> and feed body cap <b>10 MiB</b>, both
 * after decompression; at most <b>5</b> redirects; an empty allow-list.
 *
 * <pre>{@code
 * FetchConfig config = FetchConfig.builder()
 *     .totalTimeout(Duration.ofSeconds(10))
 *     .allowAddress("127.0.0.1")          // only for local test fixtures
 *     .build();
 * }</pre>
 *
 * @param userAgent the {@code User-Agent} header; must contain a contact URL
 * @param totalTimeout the deadline for one fetch, all redirect hops and the body included
 * @param maxBodyBytes the cap on page bodies after decompression, in bytes
 * @param maxFeedBytes the cap on feed bodies after decompression, in bytes
 * @param maxRedirects how many redirects one fetch follows
 * @param allowedAddresses IP literals ({@code 127.0.0.1}, {@code ::1}) or address:port pairs
 *     ({@code 127.0.0.1:8080}, {@code [::1]:8080}) exempt from the address policy
 */
public record FetchConfig(
    String userAgent,
    Duration totalTimeout,
    long maxBodyBytes,
    long maxFeedBytes,
    int maxRedirects,
    Set<String> allowedAddresses)
    implements Serializable {

  /** The default user agent, with the contact URL that robots etiquette asks for. */
  public static final String DEFAULT_USER_AGENT = "casewatch/0.1 (+https://casewatch.org/bot)";

  /** Default total deadline per fetch: <b>30 seconds</b>. */
  public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofSeconds(30);

  /** Default page body cap after decompression: <b>5 MiB</b>. */
  public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

  /** Default feed body cap after decompression: <b>10 MiB</b>. */
  public static final long DEFAULT_MAX_FEED_BYTES = 10L * 1024 * 1024;

  /** Default maximum number of redirects followed: <b>5</b>. */
  public static final int DEFAULT_MAX_REDIRECTS = 5;

  /** Validates; prefer {@link #builder()}. */
  public FetchConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(totalTimeout, "totalTimeout");
    if (!userAgent.contains("http://") && !userAgent.contains("https://")) {
      throw new IllegalArgumentException("user agent must contain a contact URL: " + userAgent);
    }
    if (totalTimeout.isNegative() || totalTimeout.isZero()) {
      throw new IllegalArgumentException("totalTimeout must be positive, was " + totalTimeout);
    }
    if (maxBodyBytes <= 0 || maxFeedBytes <= 0) {
      throw new IllegalArgumentException("byte caps must be positive");
    }
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException("maxRedirects must be in [0, 20], was " + maxRedirects);
    }
    for (String entry : allowedAddresses) {
      AddressPolicy.parseAllowEntry(entry);
    }
    allowedAddresses = Set.copyOf(allowedAddresses);
  }

  /** The defaults, with an empty allow-list. */
  public static FetchConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.userAgent = userAgent;
    b.totalTimeout = totalTimeout;
    b.maxBodyBytes = maxBodyBytes;
    b.maxFeedBytes = maxFeedBytes;
    b.maxRedirects = maxRedirects;
    b.allowedAddresses.addAll(allowedAddresses);
    return b;
  }

  /** Builds a {@link FetchConfig}; {@link #build()} validates every value. Not thread-safe. */
  public static final class Builder {
    private String userAgent = DEFAULT_USER_AGENT;
    private Duration totalTimeout = DEFAULT_TOTAL_TIMEOUT;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private long maxFeedBytes = DEFAULT_MAX_FEED_BYTES;
    private int maxRedirects = DEFAULT_MAX_REDIRECTS;
    private final Set<String> allowedAddresses = new LinkedHashSet<>();

    private Builder() {}

    /** The user agent; must contain a contact URL. */
    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    /** The total deadline per fetch (default <b>30 s</b>). */
    public Builder totalTimeout(Duration totalTimeout) {
      this.totalTimeout = totalTimeout;
      return this;
    }

    /** The page body cap in bytes after decompression (default <b>5 MiB</b>). */
    public Builder maxBodyBytes(long maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** The feed body cap in bytes after decompression (default <b>10 MiB</b>). */
    public Builder maxFeedBytes(long maxFeedBytes) {
      this.maxFeedBytes = maxFeedBytes;
      return this;
    }

    /** The maximum number of redirects followed (default <b>5</b>). */
    public Builder maxRedirects(int maxRedirects) {
      this.maxRedirects = maxRedirects;
      return this;
    }

    /**
     * Exempts one IP literal or address:port from the address policy. Host names are refused: the
     * allow-list names addresses, so that DNS cannot widen it.
     */
    public Builder allowAddress(String entry) {
      allowedAddresses.add(Objects.requireNonNull(entry, "entry").trim());
      return this;
    }

    /** Exempts several entries; see {@link #allowAddress(String)}. */
    public Builder allowAddresses(Collection<String> entries) {
      entries.forEach(this::allowAddress);
      return this;
    }

    /** Validates and builds. */
    public FetchConfig build() {
      return new FetchConfig(
          userAgent, totalTimeout, maxBodyBytes, maxFeedBytes, maxRedirects, allowedAddresses);
    }
  }
}
