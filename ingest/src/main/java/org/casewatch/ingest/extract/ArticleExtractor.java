package org.casewatch.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewatch.ingest.fetch.FetchResult;
import org.casewatch.ingest.internal.Dates;
import org.casewatch.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an {@link Article} (title, canonical URL, source, publication date, main text) from a
 * downloaded HTML page with Jsoup.
 *
 * <p>Charset order: a byte-order mark, then the HTTP {@code Content-Type} charset (both resolved by
 * the fetcher into {@link FetchResult#charset()}), then the page's {@code <meta charset>} (Jsoup),
 * then UTF-8.
 *
 * <p>Fields, first match wins. Title: {@code og:title}, the first {@code <h1>}, {@code <title>}
 * without a trailing {@code " | Site"} (or {@code " - Site"} when Site is the site name). Canonical
 * URL: {@code link rel=canonical}, {@code og:url}, the fetch URL; absolute, http(s) only, without
 * fragment. Source: {@code og:site_name}, else the host. Published: JSON-LD {@code datePublished},
 * {@code article:published_time}, {@code itemprop=datePublished}, a {@code <time datetime>} in the
 * main content, else the caller's fallback (the feed date). Body: see {@link MainText}. General
 * rules only; nothing here is tuned to a particular site. Thread-safe.
 */
public final class ArticleExtractor {

  private static final Pattern JSON_LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — "};

  /** Extracts from a successful page fetch. */
  public Article extract(FetchResult page, Instant fetchedAt, Instant fallbackPublished)
      throws ExtractionException {
    return extract(page.finalUrl(), page.body(), page.charset(), fetchedAt, fallbackPublished);
  }

  /**
   * Extracts from page bytes.
   *
   * @param url the URL the page was fetched from (after redirects)
   * @param body the page bytes
   * @param charset the charset from BOM or header, or null to let the page's meta tag decide
   * @param fetchedAt when the page was downloaded
   * @param fallbackPublished the date to use when the page states none (the feed date), or null
   * @throws ExtractionException with NOT_HTML for binary bytes, EMPTY when there is no main text
   */
  public Article extract(
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
    return extract(url, doc, fetchedAt, fallbackPublished);
  }

  /** Extracts from page text already decoded. */
  public Article extract(String url, String html, Instant fetchedAt, Instant fallbackPublished)
      throws ExtractionException {
    return extract(url, Jsoup.parse(html, url), fetchedAt, fallbackPublished);
  }

  private Article extract(String url, Document doc, Instant fetchedAt, Instant fallback)
      throws ExtractionException {
    String siteName = meta(doc, "og:site_name");
    String title = title(doc, siteName);
    String canonical = canonical(doc, url);
    String source = siteName != null ? siteName : hostOf(url);
    Instant published = metaDate(doc);
    MainText.clean(doc);
    Element root = MainText.root(doc);
    String body = root == null ? "" : MainText.text(root);
    if (body.isBlank()) {
      throw new ExtractionException(ExtractionException.Reason.EMPTY, url, "no main text");
    }
    if (published == null) {
      Element time = root.selectFirst("time[datetime]");
      published = time == null ? null : Dates.parse(time.attr("datetime"));
    }
    if (published == null) {
      published = fallback;
    }
    return new Article(url, canonical, source, title, body, published, fetchedAt);
  }

  private static String title(Document doc, String siteName) {
    String og = meta(doc, "og:title");
    if (og != null) {
      return og;
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    String title = doc.title().strip();
    for (String separator : TITLE_SEPARATORS) {
      int at = title.lastIndexOf(separator);
      if (at > 0) {
        String suffix = title.substring(at + separator.length()).strip();
        if (separator.equals(" | ") || suffix.equalsIgnoreCase(siteName)) {
          return title.substring(0, at).strip();
        }
      }
    }
    return title;
  }

  private static String canonical(Document doc, String url) {
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    String fromLink = link == null ? null : normalise(link.absUrl("href"));
    if (fromLink != null) {
      return fromLink;
    }
    String og = meta(doc, "og:url");
    String fromOg = og == null ? null : normalise(resolve(url, og));
    if (fromOg != null) {
      return fromOg;
    }
    String fromUrl = normalise(url);
    return fromUrl != null ? fromUrl : url;
  }

  private static Instant metaDate(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      if (m.find()) {
        Instant date = Dates.parse(m.group(1));
        if (date != null) {
          return date;
        }
      }
    }
    Instant date = Dates.parse(meta(doc, "article:published_time"));
    if (date != null) {
      return date;
    }
    Element itemprop = doc.selectFirst("[itemprop=datePublished]");
    if (itemprop != null) {
      String value =
          itemprop.hasAttr("content")
              ? itemprop.attr("content")
              : itemprop.hasAttr("datetime") ? itemprop.attr("datetime") : itemprop.text();
      return Dates.parse(value);
    }
    return null;
  }

  /** The content of a {@code <meta property=...>} or {@code <meta name=...>}, or null. */
  private static String meta(Document doc, String key) {
    for (Element meta : doc.select("meta[content]")) {
      if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))) {
        String content = meta.attr("content").strip();
        if (!content.isEmpty()) {
          return content;
        }
      }
    }
    return null;
  }

  /** An absolute http(s) URL without fragment, or null when the input is not one. */
  static String normalise(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        return null;
      }
      String text = uri.toString();
      int hash = text.indexOf('#');
      return hash >= 0 ? text.substring(0, hash) : text;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String resolve(String base, String relative) {
    try {
      return new URI(base).resolve(new URI(relative.strip())).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String hostOf(String url) {
    try {
      String host = new URI(url).getHost();
      return host == null ? "" : host;
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
