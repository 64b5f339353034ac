package org.casewatch.ingest.politeness;

import java.net.URI;
import java.util.Objects;
import org.casewatch.ingest.fetch.FetchError;
import org.casewatch.ingest.fetch.FetchException;
import org.casewatch.ingest.fetch.FetchRequest;
import org.casewatch.ingest.fetch.FetchResult;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.robots.RobotsCache;
import org.casewatch.ingest.robots.RobotsPolicy;
import org.casewatch.ingest.robots.RobotsRules;

/**
 * Answers "may this page be fetched, and how slowly?" from the site's robots.txt.
 *
 * <p>The robots.txt of each origin is fetched once through the same gateway as pages (so it gets
 * the same address checks, redirect limit and caps), turned into rules by the {@link RobotsPolicy}
 * (RFC 9309: a 4xx means everything is allowed, a 5xx or an unreachable host means nothing is,
 * until retried), and cached by the {@link RobotsCache} (at most 24 hours). Thread-safe.
 */
public final class RobotsGuard {

  private final HttpFetcher fetcher;
  private final RobotsPolicy policy;
  private final RobotsCache cache;

  /** A guard fetching through {@code fetcher} and caching per origin. */
  public RobotsGuard(HttpFetcher fetcher, RobotsPolicy policy, RobotsCache cache) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  /** The rules that apply to {@code page}, fetching its origin's robots.txt when not cached. */
  public RobotsRules rulesFor(URI page) {
    return cache.getOrLoad(page, this::load);
  }

  /**
   * A redirect check that treats a hop to another origin as a new URL (reliability case 32): the
   * target's robots.txt must allow it, else the fetch stops there with {@link
   * FetchError#REDIRECT_REFUSED}, before the target is requested. A target whose robots.txt cannot
   * be read is refused too (RFC 9309: unreachable means disallowed). The redirect's own pacing is
   * the original host's.
   */
  public HttpFetcher.RedirectCheck redirectCheck() {
    return (from, to) -> {
      RobotsRules rules = rulesFor(to);
      if (rules.retryLater()) {
        throw new FetchException(
            FetchError.REDIRECT_REFUSED,
            to.toString(),
            "redirect from "
                + RobotsCache.originOf(from)
                + ": robots.txt of "
                + RobotsCache.originOf(to)
                + " unreadable ("
                + rules.reason()
                + ")");
      }
      if (!rules.isAllowed(to)) {
        throw new FetchException(
            FetchError.REDIRECT_REFUSED,
            to.toString(),
            "redirect from "
                + RobotsCache.originOf(from)
                + ": robots.txt of "
                + RobotsCache.originOf(to)
                + " disallows "
                + to.getRawPath());
      }
    };
  }

  private RobotsRules load(URI robotsUrl) {
    try {
      FetchResult result = fetcher.fetch(FetchRequest.robots(robotsUrl.toString()));
      return policy.fromResponse(result.status(), result.body());
    } catch (FetchException e) {
      return policy.fromFetchError(e.error(), e.status());
    }
  }
}
