package org.casewatch.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.time.Instant;
import org.casewatch.ingest.extract.internal.EncodingCheck;
import org.casewatch.ingest.extract.internal.LanguageGuess;
import org.casewatch.ingest.extract.internal.MainContent;
import org.casewatch.ingest.extract.internal.Metadata;
import org.casewatch.ingest.extract.internal.SafeText;
import org.casewatch.ingest.fetch.FetchResult;
import org.casewatch.model.Article;
import org.casewatch.model.Provenance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts an article from a downloaded HTML page with Jsoup: main text, title, byline, published
 * and modified dates, language, canonical URL and site name, and whether the page is paywalled or
 * not an article at all.
 *
 * <p>Charset order: a byte-order mark, then the HTTP {@code Content-Type} charset (both resolved by
 * the fetcher into {@link FetchResult#charset()}), then the page's {@code <meta charset>} (Jsoup),
 * then UTF-8. Text that still looks mis-decoded (replacement characters, C1 controls, mojibake; see
 * the package's internal {@code EncodingCheck}) is kept and flagged {@link
 * Article#encodingSuspect()}.
 *
 * <p>Fields come from structured data first (JSON-LD, OpenGraph, meta tags), then the page's own
 * elements, then the URL; see {@link ExtractedPage} and the package's internal {@code Metadata}.
 * The published date falls back to the caller's date (the feed's) when the page states none; the
 * source falls back to the host. Main text: Readability-style scoring of candidate containers after
 * removing boilerplate, with sibling merging and conditional cleaning (see {@code
 * docs/adr/0006-article-extraction.md} for the design and its measured quality). General rules
 * only; nothing is tuned to a particular site. Thread-safe.
 */
public final class ArticleExtractor {

  /**
   * Main text below which a page without article markup counts as not an article: **400** chars.
   */
  public static final int MIN_ARTICLE_CHARS = 400;

  /** Length from which a paragraph counts as prose for the article test: **80** chars. */
  public static final int PROSE_CHARS = 80;

  /** Main text below which a page showing a paywall counts as paywalled: **1500** chars. */
  public static final int PAYWALL_TEASER_CHARS = 1500;

  private static final String PAYWALL_HINTS =
      "[class*=paywall], [id*=paywall], [class*=subscriber-only], [class*=premium-content],"
          + " [class*=locked-content], [class*=metered]";

  /** Extracts from a successful page fetch. */
  public Article extract(FetchResult page, Instant fetchedAt, Instant fallbackPublished)
      throws ExtractionException {
    return extract(page.finalUrl(), page.body(), page.charset(), fetchedAt, fallbackPublished);
  }

  /**
   * Extracts the article from page bytes; see {@link #extractPage(String, byte[], Charset, Instant,
   * Instant)}.
   */
  public Article extract(
      String url, byte[] body, Charset charset, Instant fetchedAt, Instant fallbackPublished)
      throws ExtractionException {
    return extractPage(url, body, charset, fetchedAt, fallbackPublished).article();
  }

  /** Extracts the article from page text already decoded. */
  public Article extract(String url, String html, Instant fetchedAt, Instant fallbackPublished)
      throws ExtractionException {
    return extractPage(url, html, fetchedAt, fallbackPublished).article();
  }

  /**
   * Extracts everything from page bytes.
   *
   * @param url the URL the page was fetched from (after redirects)
   * @param body the page bytes
   * @param charset the charset from BOM or header, or null to let the page's meta tag decide
   * @param fetchedAt when the page was downloaded
   * @param fallbackPublished the date to use when the page states none (the feed date), or null
   * @throws ExtractionException with NOT_HTML for binary bytes, EMPTY when there is no main text
   */
  public ExtractedPage extractPage(
      String url, byte[] body, Charset charset, Instant fetchedAt, Instant fallbackPublished)
      throws ExtractionException {
    if (body.length == 0) {
      throw new ExtractionException(ExtractionException.Reason.EMPTY, url, "no bytes");
    }
    if (Sniffer.looksBinary(body)) {
      throw new ExtractionException(ExtractionException.Reason.NOT_HTML, url, "binary content");
    }
    Document doc;
    try {
      doc =
          Jsoup.parse(new ByteArrayInputStream(body), charset == null ? null : charset.name(), url);
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Reason.NOT_HTML, url, e.toString());
    }
    return extractPage(url, doc, fetchedAt, fallbackPublished);
  }

  /** Extracts everything from page text already decoded. */
  public ExtractedPage extractPage(
      String url, String html, Instant fetchedAt, Instant fallbackPublished)
      throws ExtractionException {
    return extractPage(
        url, Jsoup.parse(html, url == null ? "" : url), fetchedAt, fallbackPublished);
  }

  private ExtractedPage extractPage(String url, Document doc, Instant fetchedAt, Instant fallback)
      throws ExtractionException {
    Metadata meta = Metadata.of(doc, url);
    String text = MainContent.text(doc);
    boolean encodingSuspect = EncodingCheck.suspect(meta.title(), text);
    String body = SafeText.clean(text);
    if (body.isBlank()) {
      throw new ExtractionException(ExtractionException.Reason.EMPTY, url, "no main text");
    }
    Instant published = meta.published() != null ? meta.published() : fallback;
    String source = SafeText.clean(meta.siteName() != null ? meta.siteName() : hostOf(url));
    String byline = SafeText.clean(meta.byline());
    Article article =
        new Article(
                url,
                meta.canonicalUrl(),
                source,
                SafeText.clean(meta.title()),
                body,
                published,
                fetchedAt)
            .withProvenance(Provenance.UNKNOWN.withAuthor(byline))
            .withEncodingSuspect(encodingSuspect);
    boolean paywalled =
        meta.notFree()
            || body.length() < PAYWALL_TEASER_CHARS && doc.selectFirst(PAYWALL_HINTS) != null;
    return new ExtractedPage(
        article,
        byline,
        meta.language() != null ? meta.language() : LanguageGuess.of(body),
        meta.modified(),
        meta.siteName(),
        paywalled,
        kind(meta, body));
  }

  private static ExtractedPage.Kind kind(Metadata meta, String body) {
    if (meta.articleMarkup()) {
      return ExtractedPage.Kind.ARTICLE;
    }
    if (body.length() < MIN_ARTICLE_CHARS) {
      return ExtractedPage.Kind.NON_ARTICLE;
    }
    int prose = 0;
    for (String paragraph : body.split("\n\n")) {
      if (paragraph.length() >= PROSE_CHARS) {
        prose++;
      }
    }
    // Many publishers leave og:type at "website" on their stories: enough prose outweighs it.
    if (prose >= 3) {
      return ExtractedPage.Kind.ARTICLE;
    }
    return !meta.nonArticleMarkup() && prose >= 2
        ? ExtractedPage.Kind.ARTICLE
        : ExtractedPage.Kind.NON_ARTICLE;
  }

  private static String hostOf(String url) {
    try {
      String host = url == null ? null : new URI(url).getHost();
      return host == null ? "" : host;
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
