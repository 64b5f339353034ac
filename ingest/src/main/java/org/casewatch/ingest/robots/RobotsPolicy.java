package org.casewatch.ingest.robots;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.casewatch.ingest.fetch.FetchError;
import org.casewatch.ingest.robots.internal.RobotsParser;

/**
 * Turns the outcome of fetching {@code /robots.txt} into {@link RobotsRules}, per RFC 9309 section
 * 2.3. Immutable, serializable and thread-safe; build one per job and ship it to the tasks.
 *
 * <p>Status policy: <b>2xx</b> parse the body; <b>3xx</b> reaching here (the fetcher follows up to
 * 5 redirects, section 2.3.1.2) and <b>too many redirects</b> mean unavailable; <b>4xx</b>,
 * including 401 and 403, mean unavailable: everything allowed (2.3.1.3); <b>429</b>, <b>5xx</b>,
 * any other status and every network failure mean unreachable: nothing allowed, fetch again later
 * (2.3.1.4). 429 is read as a server error, as Google does: it asks us to slow down, not to crawl
 * freely.
 *
 * <p>Defaults: product token {@value #DEFAULT_PRODUCT_TOKEN}; the first <b>512 KiB</b> of the body
 * are parsed (the RFC asks for at least 500 KiB; a line cut by the cap is dropped); {@code
 * Crawl-delay} honoured up to <b>30 seconds</b>, a longer one capped and flagged ({@link
 * OverCap#CAP}).
 *
 * <pre>{@code
 * RobotsPolicy policy = RobotsPolicy.builder().crawlDelayCap(Duration.ofSeconds(20)).build();
 * RobotsRules rules = policy.fromResponse(200, body);
 * if (rules.isAllowed(url)) { ... }
 * }</pre>
 *
 * @param productToken the token matched against {@code User-agent} lines, case-insensitively (RFC
 *     9309 2.2.1: letters, {@code _} and {@code -}; any other token, the empty one included,
 *     matches no group, so only the {@code *} groups apply)
 * @param maxBytes how many bytes of the body are parsed, at least 500 KiB
 * @param crawlDelayCap the longest crawl delay honoured
 * @param overCap what to do with a host whose crawl delay is above the cap
 */
public record RobotsPolicy(
    String productToken, int maxBytes, Duration crawlDelayCap, OverCap overCap)
    implements Serializable {

  /** The product token of casewatch's user agent. */
  public static final String DEFAULT_PRODUCT_TOKEN = "casewatch";

  /** The least number of bytes RFC 9309 section 2.5 says must be parsed: <b>500 KiB</b>. */
  public static final int MIN_MAX_BYTES = 500 * 1024;

  /** Default parse cap: <b>512 KiB</b>. */
  public static final int DEFAULT_MAX_BYTES = 512 * 1024;

  /** Default cap on honoured crawl delays: <b>30 seconds</b>. */
  public static final Duration DEFAULT_CRAWL_DELAY_CAP = Duration.ofSeconds(30);

  /** Requested crawl delays are recorded up to this many seconds (about 31 years). */
  private static final BigDecimal MAX_RECORDED_SECONDS = BigDecimal.valueOf(1_000_000_000L);

  /** What to do when {@code Crawl-delay} asks for more than the cap. */
  public enum OverCap {
    /** Crawl at the cap and flag the rules ({@link RobotsRules#crawlDelayCapped()}). */
    CAP,
    /** Skip the host: nothing allowed ({@link RobotsRules.Kind#CRAWL_DELAY_ABOVE_CAP}). */
    SKIP_HOST
  }

  /** Validates; prefer {@link #builder()}. */
  public RobotsPolicy {
    Objects.requireNonNull(productToken, "productToken");
    Objects.requireNonNull(crawlDelayCap, "crawlDelayCap");
    Objects.requireNonNull(overCap, "overCap");
    if (maxBytes < MIN_MAX_BYTES) {
      throw new IllegalArgumentException("maxBytes must be at least 500 KiB, was " + maxBytes);
    }
    if (crawlDelayCap.isNegative() || crawlDelayCap.isZero()) {
      throw new IllegalArgumentException("crawlDelayCap must be positive, was " + crawlDelayCap);
    }
  }

  /** The defaults. */
  public static RobotsPolicy defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The rules for an HTTP answer to {@code /robots.txt}, after the fetcher followed redirects.
   *
   * @param status the final HTTP status
   * @param body the body after content decoding (may be longer than the cap; only the head is read)
   */
  public RobotsRules fromResponse(int status, byte[] body) {
    Objects.requireNonNull(body, "body");
    if (status >= 200 && status < 300) {
      return parse(status, body);
    }
    if (status >= 300 && status < 400) {
      return RobotsRules.unavailable(status, "redirect not followed: unavailable, all allowed");
    }
    if (status == 429) {
      return RobotsRules.unreachable(status, "429 too many requests: retry later");
    }
    if (status >= 400 && status < 500) {
      return RobotsRules.unavailable(status, status + ": unavailable, all allowed");
    }
    return RobotsRules.unreachable(status, status + ": unreachable, retry later");
  }

  /**
   * The rules when the fetcher failed. {@link FetchError#HTTP_STATUS} uses {@code status} as in
   * {@link #fromResponse}; too many redirects mean unavailable (RFC 9309 2.3.1.2); an empty 2xx
   * body is an empty file; everything else (timeout, refused, DNS, blocked address, a body too
   * large for the fetcher, corrupt encoding) means unreachable.
   *
   * @param error the kind of failure
   * @param status the HTTP status of the failing answer, 0 when none
   */
  public RobotsRules fromFetchError(FetchError error, int status) {
    Objects.requireNonNull(error, "error");
    return switch (error) {
      case HTTP_STATUS -> fromResponse(status, new byte[0]);
      case TOO_MANY_REDIRECTS ->
          RobotsRules.unavailable(status, "more than 5 redirects: unavailable, all allowed");
      case EMPTY -> parse(status == 0 ? 200 : status, new byte[0]);
      default -> RobotsRules.unreachable(status, error + ": unreachable, retry later");
    };
  }

  private RobotsRules parse(int status, byte[] body) {
    boolean truncated = body.length > maxBytes;
    byte[] head = truncated ? headOf(body) : body;
    RobotsParser.Parsed parsed = RobotsParser.parse(head, productToken);
    Duration requested = null;
    for (String value : parsed.crawlDelays()) {
      Duration delay = parseDelay(value);
      if (delay != null && (requested == null || delay.compareTo(requested) > 0)) {
        requested = delay;
      }
    }
    Duration delay = requested;
    if (requested != null && requested.compareTo(crawlDelayCap) > 0) {
      if (overCap == OverCap.SKIP_HOST) {
        return new RobotsRules(
            RobotsRules.Kind.CRAWL_DELAY_ABOVE_CAP,
            status,
            "crawl-delay " + requested.toSeconds() + " s above cap: host skipped",
            List.of(),
            crawlDelayCap,
            requested,
            sitemapsOf(parsed),
            truncated);
      }
      delay = crawlDelayCap;
    }
    String reason =
        (parsed.specificGroup() ? "group for " + productToken : "group for *")
            + (truncated ? ", first " + head.length + " of " + body.length + " bytes" : "");
    return new RobotsRules(
        RobotsRules.Kind.PARSED,
        status,
        reason,
        parsed.rules(),
        delay,
        requested,
        sitemapsOf(parsed),
        truncated);
  }

  /** The first {@code maxBytes} bytes, without the line the cap cuts in two. */
  private byte[] headOf(byte[] body) {
    int end = maxBytes;
    while (end > 0 && body[end - 1] != '\n' && body[end - 1] != '\r') {
      end--;
    }
    return Arrays.copyOf(body, end == 0 ? maxBytes : end);
  }

  private static List<String> sitemapsOf(RobotsParser.Parsed parsed) {
    List<String> out = new ArrayList<>();
    for (String octets : parsed.sitemaps()) {
      String url = new String(octets.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      String lower = url.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        out.add(url);
      }
    }
    return out;
  }

  /** A non-negative decimal number of seconds, or null when the value is not one. */
  static Duration parseDelay(String value) {
    if (value.isEmpty() || !value.matches("[0-9]*\\.?[0-9]+|[0-9]+\\.")) {
      return null;
    }
    BigDecimal seconds = new BigDecimal(value).min(MAX_RECORDED_SECONDS);
    return Duration.ofMillis(seconds.movePointRight(3).longValue());
  }

  /** Builds a {@link RobotsPolicy}; every setter is optional. */
  public static final class Builder {
    private String productToken = DEFAULT_PRODUCT_TOKEN;
    private int maxBytes = DEFAULT_MAX_BYTES;
    private Duration crawlDelayCap = DEFAULT_CRAWL_DELAY_CAP;
    private OverCap overCap = OverCap.CAP;

    private Builder() {}

    /** The product token to match; default {@value RobotsPolicy#DEFAULT_PRODUCT_TOKEN}. */
    public Builder productToken(String productToken) {
      this.productToken = productToken;
      return this;
    }

    /** How many body bytes to parse; default <b>512 KiB</b>, at least 500 KiB. */
    public Builder maxBytes(int maxBytes) {
      this.maxBytes = maxBytes;
      return this;
    }

    /** The longest crawl delay honoured; default <b>30 seconds</b>. */
    public Builder crawlDelayCap(Duration crawlDelayCap) {
      this.crawlDelayCap = crawlDelayCap;
      return this;
    }

    /** What to do above the cap; default {@link OverCap#CAP}. */
    public Builder overCap(OverCap overCap) {
      this.overCap = overCap;
      return this;
    }

    /** Validates and builds. */
    public RobotsPolicy build() {
      return new RobotsPolicy(productToken, maxBytes, crawlDelayCap, overCap);
    }
  }
}
