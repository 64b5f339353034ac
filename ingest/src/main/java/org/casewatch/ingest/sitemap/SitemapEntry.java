package org.casewatch.ingest.sitemap;

import java.time.Instant;
import java.util.Objects;
import org.casewatch.model.FeedItem;
import org.casewatch.model.Ids;

/**
 * One {@code <url>} of a sitemap, with its Google News attributes when it has them.
 *
 * <p>The id is stable across crawls: {@link Ids#feedItemId(String, String)} of the source (the
 * sitemap or sitemap index the crawl started from, which stays put while the child sitemaps of a
 * news index rotate) and the page URL, so a page seen in several child sitemaps has one id.
 *
 * @param source the URL of the sitemap (or sitemap index) the crawl started from
 * @param id the stable id
 * @param url the page URL, absolute http(s)
 * @param lastModified {@code <lastmod>}, or null
 * @param publicationDate {@code <news:publication_date>}, or null
 * @param title {@code <news:title>}, or an empty string
 * @param language {@code <news:language>}, or null
 */
public record SitemapEntry(
    String source,
    String id,
    String url,
    Instant lastModified,
    Instant publicationDate,
    String title,
    String language) {

  public SitemapEntry {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    title = title == null ? "" : title;
  }

  /** An entry of a source with the stable id of its URL. */
  public static SitemapEntry of(
      String source,
      String url,
      Instant lastModified,
      Instant publicationDate,
      String title,
      String language) {
    return new SitemapEntry(
        source, Ids.feedItemId(source, url), url, lastModified, publicationDate, title, language);
  }

  /** The best date: the news publication date, else the last modification, else null. */
  public Instant published() {
    return publicationDate != null ? publicationDate : lastModified;
  }

  /** The entry as a feed item, so sitemaps feed the same article road as RSS and Atom. */
  public FeedItem toFeedItem() {
    return new FeedItem(source, id, url, title, published());
  }
}
