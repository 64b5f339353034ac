package org.casewatch.ingest.extract.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Publication and modification dates of a page, from structured data first and the URL last. Dates
 * before 1990 are ignored as wrong.
 */
final class PageDates {

  private static final String[] PUBLISHED_META = {
    "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "article.published", "parsely-pub-date", "sailthru.date",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "dc.date.created",
    "citation_publication_date", "date", "original-publish-date", "article_date_original"
  };
  private static final String[] MODIFIED_META = {
    "article:modified_time", "og:updated_time", "dateModified", "last-modified",
    "dcterms.modified", "dc.date.modified", "article.updated", "lastmod"
  };
  private static final Pattern URL_DATE =
      Pattern.compile(
          "(?<!\\d)((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?!\\d)");
  private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

  private PageDates() {}

  /**
   * JSON-LD {@code datePublished}, the first of the published meta tags, {@code
   * itemprop=datePublished}, {@code <time pubdate>}, the first {@code <time datetime>} inside an
   * {@code <article>} or {@code <main>}, then in the page, then a date in the URL path (2024/03/05,
   * 2024-03-05, 20240305).
   */
  static Instant published(Document doc, JsonLd ld, MetaTags tags, String url) {
    Instant date = sane(Metadata.date(ld.text("datePublished")));
    for (int i = 0; date == null && i < PUBLISHED_META.length; i++) {
      date = sane(Metadata.date(tags.get(PUBLISHED_META[i])));
    }
    if (date == null) {
      date = fromElement(doc.selectFirst("[itemprop=datePublished]"));
    }
    if (date == null) {
      date = fromElement(doc.selectFirst("time[pubdate]"));
    }
    if (date == null) {
      date = fromElement(doc.selectFirst("article time[datetime], main time[datetime]"));
    }
    if (date == null) {
      date = fromElement(doc.selectFirst("time[datetime]"));
    }
    return date != null ? date : fromUrl(url);
  }

  /** JSON-LD {@code dateModified}, the modified meta tags, then {@code itemprop=dateModified}. */
  static Instant modified(Document doc, JsonLd ld, MetaTags tags) {
    Instant date = sane(Metadata.date(ld.text("dateModified")));
    for (int i = 0; date == null && i < MODIFIED_META.length; i++) {
      date = sane(Metadata.date(tags.get(MODIFIED_META[i])));
    }
    return date != null ? date : fromElement(doc.selectFirst("[itemprop=dateModified]"));
  }

  private static Instant fromElement(Element e) {
    if (e == null) {
      return null;
    }
    String value =
        e.hasAttr("content")
            ? e.attr("content")
            : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
    return sane(Metadata.date(value));
  }

  static Instant fromUrl(String url) {
    if (url == null) {
      return null;
    }
    String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
    Matcher m = URL_DATE.matcher(path);
    if (!m.find()) {
      return null;
    }
    try {
      LocalDate day =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      return sane(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static Instant sane(Instant date) {
    if (date == null || date.isBefore(EARLIEST)) {
      return null;
    }
    return date;
  }
}
