package org.casewatch.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.extract.ExtractionException;
import org.casewatch.ingest.fetch.FetchException;
import org.casewatch.ingest.fetch.FetchResult;
import org.casewatch.ingest.fetch.HttpFetcher;
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

  private final HttpFetcher fetcher;
  private final ArticleExtractor extractor;
  private final Clock clock;

  /** A loader using the given parts and clock (for {@code fetchedAt} and {@code failedAt}). */
  public ArticleLoader(HttpFetcher fetcher, ArticleExtractor extractor, Clock clock) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The outcome of loading one item: exactly one of {@code article} and {@code deadLetter} is set.
   *
   * @param article the extracted article, or null
   * @param deadLetter the failure, or null
   */
  public record Outcome(Article article, DeadLetter deadLetter) {}

  /** Loads one item. */
  public Outcome load(FeedItem item) {
    String link = item.link();
    try {
      FetchResult page = fetcher.fetchPage(link);
      Instant fetchedAt = clock.instant();
      return new Outcome(extractor.extract(page, fetchedAt, item.published()), null);
    } catch (FetchException e) {
      return new Outcome(
          null,
          new DeadLetter(
              Ids.documentId(link),
              link,
              STAGE_FETCH,
              e.error().name(),
              e.getMessage(),
              e.status(),
              clock.instant()));
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
}
