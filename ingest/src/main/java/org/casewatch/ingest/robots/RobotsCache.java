package org.casewatch.ingest.robots;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Robots rules per origin (scheme, host and port), so robots.txt is fetched once a day per host,
 * not once per page (RFC 9309 section 2.4).
 *
 * <p>How long an entry lives: parsed and unavailable (4xx) rules for the TTL, default <b>24
 * hours</b> (the RFC's ceiling, so a longer TTL is refused); unreachable rules (5xx, timeout,
 * refused) for the retry interval, default <b>1 hour</b>, after which the caller fetches again.
 * While a host is unreachable it is disallowed as a whole (2.3.1.4) and the last good rules are
 * kept aside, not forgotten. Once it has been unreachable for the grace period, default <b>30
 * days</b>, the cache serves the kept rules again (the RFC's "continue to use a cached copy"),
 * marked by their reason; a host that never gave us a readable file stays disallowed. The cache
 * holds at most <b>10,000</b> origins by default, dropping the least recently used.
 *
 * <pre>{@code
 * RobotsRules rules = cache.getOrLoad(pageUri, robotsUri -> fetchAndApply(policy, robotsUri));
 * }</pre>
 *
 * <p>Thread-safe: every method synchronises on the cache; the loader runs outside the lock, so two
 * threads may load the same origin at once and the later answer wins.
 */
public final class RobotsCache {

  /** Default time to live of readable rules: <b>24 hours</b>, the RFC 9309 maximum. */
  public static final Duration DEFAULT_TTL = Duration.ofHours(24);

  /** Default wait before fetching an unreachable robots.txt again: <b>1 hour</b>. */
  public static final Duration DEFAULT_RETRY_UNREACHABLE = Duration.ofHours(1);

  /** Default unreachability after which the last good rules are used again: <b>30 days</b>. */
  public static final Duration DEFAULT_UNREACHABLE_GRACE = Duration.ofDays(30);

  /** Default number of origins kept: <b>10,000</b>. */
  public static final int DEFAULT_MAX_ENTRIES = 10_000;

  private final Duration ttl;
  private final Duration retryUnreachable;
  private final Duration unreachableGrace;
  private final InstantSource clock;
  private final Map<String, Entry> entries;

  private RobotsCache(Builder b) {
    this.ttl = b.ttl;
    this.retryUnreachable = b.retryUnreachable;
    this.unreachableGrace = b.unreachableGrace;
    this.clock = b.clock;
    int max = b.maxEntries;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > max;
          }
        };
  }

  /** A builder starting from the defaults and the system clock. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The origin key of a URL: lower-cased scheme and host, and the port, the default one made
   * explicit ({@code https://Example.com/a} gives {@code https://example.com:443}).
   */
  public static String originOf(URI url) {
    String scheme = Objects.requireNonNull(url.getScheme(), "scheme").toLowerCase(Locale.ROOT);
    String host = Objects.requireNonNull(url.getHost(), "host").toLowerCase(Locale.ROOT);
    int port = url.getPort();
    if (port < 0) {
      port = scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
    }
    return scheme + "://" + host + ":" + port;
  }

  /** The robots.txt URL for the origin of {@code url}. */
  public static URI robotsUrlOf(URI url) {
    return URI.create(
        url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority() + "/robots.txt");
  }

  /** The rules for the origin of {@code url} while they are fresh; empty when a fetch is due. */
  public synchronized Optional<RobotsRules> get(URI url) {
    Entry entry = entries.get(originOf(url));
    if (entry == null || !clock.instant().isBefore(entry.expiresAt)) {
      return Optional.empty();
    }
    return Optional.of(entry.serving);
  }

  /**
   * Stores freshly fetched rules for the origin of {@code url} and returns the rules to apply,
   * which differ from {@code fetched} only when the host has been unreachable for longer than the
   * grace period and good rules are kept.
   */
  public synchronized RobotsRules put(URI url, RobotsRules fetched) {
    Objects.requireNonNull(fetched, "fetched");
    String origin = originOf(url);
    Instant now = clock.instant();
    Entry previous = entries.get(origin);
    Entry entry;
    if (fetched.kind() != RobotsRules.Kind.UNREACHABLE) {
      entry = new Entry(fetched, fetched, null, now.plus(ttl));
    } else {
      RobotsRules good = previous == null ? null : previous.lastGood;
      Instant since =
          previous == null || previous.unreachableSince == null ? now : previous.unreachableSince;
      boolean overGrace = !now.isBefore(since.plus(unreachableGrace));
      RobotsRules serving = overGrace && good != null ? good : fetched;
      entry = new Entry(serving, good, since, now.plus(retryUnreachable));
    }
    entries.put(origin, entry);
    return entry.serving;
  }

  /**
   * The fresh rules for the origin of {@code url}, or, when a fetch is due, the result of {@code
   * loader} (given the robots.txt URL) stored by {@link #put}.
   */
  public RobotsRules getOrLoad(URI url, Function<URI, RobotsRules> loader) {
    Optional<RobotsRules> cached = get(url);
    if (cached.isPresent()) {
      return cached.get();
    }
    return put(url, Objects.requireNonNull(loader.apply(robotsUrlOf(url)), "loader result"));
  }

  /** How long the origin of {@code url} has been unreachable, empty when it is not. */
  public synchronized Optional<Duration> unreachableFor(URI url) {
    Entry entry = entries.get(originOf(url));
    if (entry == null || entry.unreachableSince == null) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(entry.unreachableSince, clock.instant()));
  }

  /** The number of origins held. */
  public synchronized int size() {
    return entries.size();
  }

  private record Entry(
      RobotsRules serving, RobotsRules lastGood, Instant unreachableSince, Instant expiresAt) {}

  /** Builds a {@link RobotsCache}; every setter is optional. */
  public static final class Builder {
    private Duration ttl = DEFAULT_TTL;
    private Duration retryUnreachable = DEFAULT_RETRY_UNREACHABLE;
    private Duration unreachableGrace = DEFAULT_UNREACHABLE_GRACE;
    private int maxEntries = DEFAULT_MAX_ENTRIES;
    private InstantSource clock = InstantSource.system();

    private Builder() {}

    /** Time to live of readable rules; default <b>24 hours</b>, at most 24 hours. */
    public Builder ttl(Duration ttl) {
      this.ttl = ttl;
      return this;
    }

    /** Wait before fetching an unreachable robots.txt again; default <b>1 hour</b>. */
    public Builder retryUnreachable(Duration retryUnreachable) {
      this.retryUnreachable = retryUnreachable;
      return this;
    }

    /** Unreachability after which kept good rules apply again; default <b>30 days</b>. */
    public Builder unreachableGrace(Duration unreachableGrace) {
      this.unreachableGrace = unreachableGrace;
      return this;
    }

    /** Most origins held; default <b>10,000</b>. */
    public Builder maxEntries(int maxEntries) {
      this.maxEntries = maxEntries;
      return this;
    }

    /** The clock; default the system clock. Tests pass a fake one. */
    public Builder clock(InstantSource clock) {
      this.clock = clock;
      return this;
    }

    /** Validates and builds. */
    public RobotsCache build() {
      Objects.requireNonNull(clock, "clock");
      positive(ttl, "ttl");
      positive(retryUnreachable, "retryUnreachable");
      positive(unreachableGrace, "unreachableGrace");
      if (ttl.compareTo(DEFAULT_TTL) > 0) {
        throw new IllegalArgumentException(
            "ttl must be at most 24 hours (RFC 9309 2.4), was " + ttl);
      }
      if (maxEntries < 1) {
        throw new IllegalArgumentException("maxEntries must be positive, was " + maxEntries);
      }
      return new RobotsCache(this);
    }

    private static void positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
    }
  }
}
