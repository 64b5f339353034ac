package org.casewatch.ingest.extract;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.casewatch.model.Article;

/**
 * Everything {@link ArticleExtractor#extractPage} reads from a page: the {@link Article} the
 * pipeline indexes, plus the fields that the model record does not carry.
 *
 * @param article the article (url, canonical URL, source, title, main text, published, fetched)
 * @param byline the author names as the page states them, without a leading "By"; or null
 * @param language the declared language as a BCP 47 tag (such as {@code en} or {@code en-GB}), else
 *     the language guessed from the main text (an ISO 639-1 code); or null
 * @param modifiedAt when the page says it was last modified; or null
 * @param siteName the publisher's name as the page states it; or null (the article's source then
 *     falls back to the host)
 * @param paywalled whether the page marks its content as not free to read (JSON-LD {@code
 *     isAccessibleForFree: false}, a locked content tier) or shows a paywall with a short text
 * @param kind whether the page reads as an article
 */
public record ExtractedPage(
    Article article,
    String byline,
    String language,
    Instant modifiedAt,
    String siteName,
    boolean paywalled,
    Kind kind)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What kind of page it is. */
  public enum Kind {
    /**
     * An article: declared as one (JSON-LD or og:type), or with at least three prose paragraphs, or
     * two when nothing declares otherwise.
     */
    ARTICLE,
    /**
     * Not an article: a main text shorter than {@link ArticleExtractor#MIN_ARTICLE_CHARS}, or too
     * little prose (a home, section, tag, video or profile page).
     */
    NON_ARTICLE
  }

  public ExtractedPage {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(kind, "kind");
  }
}
