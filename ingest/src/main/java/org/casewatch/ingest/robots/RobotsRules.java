package org.casewatch.ingest.robots;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casewatch.ingest.robots.internal.PathMatcher;
import org.casewatch.ingest.robots.internal.Rule;

/**
 * What one origin's robots.txt says to casewatch: which URLs it may fetch, how long to wait between
 * requests, and the sitemaps it lists. Made by {@link RobotsPolicy} from the robots.txt fetch, kept
 * by {@link RobotsCache}.
 *
 * <p>{@link #kind()} says where the answer came from: a parsed file, an unavailable file (4xx:
 * everything allowed) or an unreachable one (5xx, network failure: nothing allowed, fetch again
 * later). Immutable, serializable and thread-safe.
 */
public final class RobotsRules implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the rules come from. */
  public enum Kind {
    /** A 2xx robots.txt, parsed. */
    PARSED,
    /**
     * No robots.txt to obey (4xx, too many redirects): everything is allowed (RFC 9309 2.3.1.3).
     */
    UNAVAILABLE,
    /**
     * The robots.txt could not be read (5xx, 429, timeout, refused): nothing is allowed until it
     * can be read (RFC 9309 2.3.1.4); retry later.
     */
    UNREACHABLE,
    /**
     * The file asks for a crawl delay above the cap and the policy is to skip such hosts: nothing
     * is allowed.
     */
    CRAWL_DELAY_ABOVE_CAP
  }

  private final Kind kind;
  private final int status;
  private final String reason;
  private final List<Rule> rules;
  private final Duration crawlDelay;
  private final Duration requestedCrawlDelay;
  private final List<String> sitemaps;
  private final boolean truncated;

  RobotsRules(
      Kind kind,
      int status,
      String reason,
      List<Rule> rules,
      Duration crawlDelay,
      Duration requestedCrawlDelay,
      List<String> sitemaps,
      boolean truncated) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.status = status;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.rules = List.copyOf(rules);
    this.crawlDelay = crawlDelay;
    this.requestedCrawlDelay = requestedCrawlDelay;
    this.sitemaps = List.copyOf(sitemaps);
    this.truncated = truncated;
  }

  /**
   * Rules that allow everything: the robots.txt is unavailable (RFC 9309 2.3.1.3).
   *
   * @param status the HTTP status, or 0 when there was none (too many redirects)
   * @param reason why, for logs and status records
   */
  public static RobotsRules unavailable(int status, String reason) {
    return new RobotsRules(
        Kind.UNAVAILABLE, status, reason, List.of(), null, null, List.of(), false);
  }

  /**
   * Rules that allow nothing: the robots.txt is unreachable (RFC 9309 2.3.1.4) and must be fetched
   * again later.
   *
   * @param status the HTTP status, or 0 when there was no answer (timeout, refused, DNS)
   * @param reason why, for logs and status records
   */
  public static RobotsRules unreachable(int status, String reason) {
    return new RobotsRules(
        Kind.UNREACHABLE, status, reason, List.of(), null, null, List.of(), false);
  }

  /**
   * True when the rules allow fetching {@code url}, compared as given: pass it percent-encoded, as
   * it will be requested (RFC 9309 2.2.2). Only the path, parameters and query count.
   */
  public boolean isAllowed(String url) {
    return switch (kind) {
      case PARSED -> PathMatcher.isAllowed(rules, PathMatcher.pathOf(url));
      case UNAVAILABLE -> true;
      case UNREACHABLE, CRAWL_DELAY_ABOVE_CAP -> false;
    };
  }

  /** True when the rules allow fetching {@code url}, in its percent-encoded (wire) form. */
  public boolean isAllowed(URI url) {
    return isAllowed(url.toASCIIString());
  }

  /** Where the rules come from. */
  public Kind kind() {
    return kind;
  }

  /** True when nothing is allowed because the file could not be read: fetch it again later. */
  public boolean retryLater() {
    return kind == Kind.UNREACHABLE;
  }

  /** The HTTP status of the robots.txt answer, 0 when there was none. */
  public int status() {
    return status;
  }

  /** Why these rules, in a few words (for logs and status records). */
  public String reason() {
    return reason;
  }

  /** The crawl delay to honour: the file's {@code Crawl-delay}, capped; empty when none. */
  public Optional<Duration> crawlDelay() {
    return Optional.ofNullable(crawlDelay);
  }

  /** The {@code Crawl-delay} as the file asked for it, before the cap; empty when none. */
  public Optional<Duration> requestedCrawlDelay() {
    return Optional.ofNullable(requestedCrawlDelay);
  }

  /** True when the file asked for a longer crawl delay than the cap allows. */
  public boolean crawlDelayCapped() {
    return crawlDelay != null
        && requestedCrawlDelay != null
        && requestedCrawlDelay.compareTo(crawlDelay) > 0;
  }

  /**
   * The gap to keep between two requests to this origin: the larger of {@code minimum} (the
   * politeness default) and the capped crawl delay.
   */
  public Duration delayBetweenRequests(Duration minimum) {
    Objects.requireNonNull(minimum, "minimum");
    return crawlDelay != null && crawlDelay.compareTo(minimum) > 0 ? crawlDelay : minimum;
  }

  /** The {@code Sitemap} URLs the file lists (absolute http or https only), in order. */
  public List<String> sitemaps() {
    return sitemaps;
  }

  /** True when the body was longer than the parse cap and only its head was parsed. */
  public boolean truncated() {
    return truncated;
  }

  /** The number of rules that apply to casewatch (for diagnostics). */
  public int ruleCount() {
    return rules.size();
  }

  @Override
  public String toString() {
    return "RobotsRules["
        + kind
        + " status="
        + status
        + " rules="
        + rules.size()
        + (crawlDelay == null ? "" : " crawlDelay=" + crawlDelay)
        + (crawlDelayCapped() ? " (capped from " + requestedCrawlDelay + ")" : "")
        + (truncated ? " truncated" : "")
        + ": "
        + reason
        + "]";
  }
}
