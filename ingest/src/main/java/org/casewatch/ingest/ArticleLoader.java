package org.casewatch.ingest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.extract.ExtractionException;
import org.casewatch.ingest.fetch.FetchError;
import org.casewatch.ingest.fetch.FetchException;
import org.casewatch.ingest.fetch.FetchRequest;
import org.casewatch.ingest.fetch.FetchResult;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.politeness.HostPacer;
import org.casewatch.ingest.politeness.RetryAfter;
import org.casewatch.ingest.politeness.RobotsGuard;
import org.casewatch.ingest.robots.RobotsCache;
import org.casewatch.ingest.robots.RobotsRules;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.FeedItem;
import org.casewatch.model.Ids;

/**
 * Turns a feed item into an article: fetches its link through the {@link HttpFetcher} and extracts
 * the page with the {@link ArticleExtractor}, the feed date serving as fallback publication date.
 * Every failure becomes a {@link DeadLetter} (stage {@value #STAGE_FETCH} or {@value
 * #STAGE_EXTRACT}, the error kind as {@code errorType}, id {@link Ids#documentId(String)} of the
 * link), never an exception. Thread-safe when its parts are.
 */
public final class ArticleLoader {

  /** The dead-letter stage of fetch failures. */
  public static final String STAGE_FETCH = "fetch";

  /** The dead-letter stage of extraction failures. */
  public static final String STAGE_EXTRACT = "extract";

  /** Dead-letter error type of a page that robots.txt disallows. */
  public static final String ROBOTS_DISALLOWED = "ROBOTS_DISALLOWED";

  /** Dead-letter error type of a page whose site's robots.txt could not be read (5xx, down). */
  public static final String ROBOTS_UNREACHABLE = "ROBOTS_UNREACHABLE";

  private final HttpFetcher fetcher;
  private final ArticleExtractor extractor;
  private final Clock clock;
  private final RobotsGuard robots;
  private final HostPacer pacer;
  private final Duration minDelay;
  private final HttpFetcher.RedirectCheck redirects;

  /**
   * A loader that fetches without robots.txt checks or pacing: for pages of sites you own, and for
   * tests of extraction. Use {@link #ArticleLoader(HttpFetcher, ArticleExtractor, Clock,
   * RobotsGuard, HostPacer, Duration)} for the open web.
   */
  public ArticleLoader(HttpFetcher fetcher, ArticleExtractor extractor, Clock clock) {
    this(fetcher, extractor, clock, null, null, Duration.ZERO);
  }

  /**
   * A polite loader: every page is checked against its site's robots.txt (when {@code robots} is
   * not null) and requests to one host are at least {@code minDelay} apart, or the site's
   * crawl-delay when larger (when {@code pacer} is not null).
   */
  public ArticleLoader(
      HttpFetcher fetcher,
      ArticleExtractor extractor,
      Clock clock,
      RobotsGuard robots,
      HostPacer pacer,
      Duration minDelay) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.robots = robots;
    this.pacer = pacer;
    this.minDelay = Objects.requireNonNull(minDelay, "minDelay");
    this.redirects = robots == null ? HttpFetcher.RedirectCheck.NONE : robots.redirectCheck();
  }

  private ArticleLoader(ArticleLoader base, HttpFetcher.RedirectCheck redirects) {
    this.fetcher = base.fetcher;
    this.extractor = base.extractor;
    this.clock = base.clock;
    this.robots = base.robots;
    this.pacer = base.pacer;
    this.minDelay = base.minDelay;
    this.redirects = Objects.requireNonNull(redirects, "redirects");
  }

  /**
   * This loader asking {@code check} about every redirect to another origin (a polite loader asks
   * its robots guard already): for callers that check robots.txt themselves before loading.
   */
  public ArticleLoader withRedirectCheck(HttpFetcher.RedirectCheck check) {
    return new ArticleLoader(this, check);
  }

  /**
   * The outcome of loading one item: exactly one of {@code article} and {@code deadLetter} is set.
   *
   * @param article the extracted article, or null
   * @param deadLetter the failure, or null
   * @param retryAfter the delay the {@code Retry-After} header of a failed 429 or 503 answer asked
   *     for, or null (no such answer or header, or an unreadable one); see {@link
   *     org.casewatch.ingest.politeness.RetryAfter}
   */
  public record Outcome(Article article, DeadLetter deadLetter, Duration retryAfter) {

    /** An outcome without a {@code Retry-After}. */
    public Outcome(Article article, DeadLetter deadLetter) {
      this(article, deadLetter, null);
    }
  }

  /** Loads one item. */
  public Outcome load(FeedItem item) {
    String link = item.link();
    try {
      Duration delay = minDelay;
      if (robots != null || pacer != null) {
        URI uri = URI.create(link);
        if (robots != null) {
          RobotsRules rules = robots.rulesFor(uri);
          if (rules.retryLater()) {
            return failed(
                link,
                ROBOTS_UNREACHABLE,
                "robots.txt unreadable: " + rules.reason(),
                rules.status());
          }
          if (!rules.isAllowed(uri)) {
            return failed(
                link,
                ROBOTS_DISALLOWED,
                "robots.txt of " + RobotsCache.originOf(uri) + " disallows " + uri.getRawPath(),
                0);
          }
          delay = rules.delayBetweenRequests(minDelay);
        }
        if (pacer != null && uri.getHost() != null) {
          pacer.awaitTurn(RobotsCache.originOf(uri), delay);
        }
      }
      FetchResult page = fetcher.fetch(FetchRequest.page(link), redirects);
      Instant fetchedAt = clock.instant();
      return new Outcome(extractor.extract(page, fetchedAt, item.published()), null);
    } catch (FetchException e) {
      Duration retryAfter =
          e.status() == 429 || e.status() == 503
              ? e.header("Retry-After")
                  .flatMap(v -> RetryAfter.parse(v, clock.instant()))
                  .orElse(null)
              : null;
      return new Outcome(
          null,
          new DeadLetter(
              Ids.documentId(link),
              link,
              STAGE_FETCH,
              e.error().name(),
              e.getMessage(),
              e.status(),
              clock.instant()),
          retryAfter);
    } catch (IllegalArgumentException e) {
      return failed(link, FetchError.BAD_URL.name(), "not a valid URL: " + e.getMessage(), 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to fetch " + link, e);
    } catch (ExtractionException e) {
      return new Outcome(
          null,
          new DeadLetter(
              Ids.documentId(link),
              link,
              STAGE_EXTRACT,
              e.reason().name(),
              e.getMessage(),
              0,
              clock.instant()));
    }
  }

  private Outcome failed(String link, String errorType, String reason, int status) {
    return new Outcome(
        null,
        new DeadLetter(
            Ids.documentId(link), link, STAGE_FETCH, errorType, reason, status, clock.instant()));
  }
}
