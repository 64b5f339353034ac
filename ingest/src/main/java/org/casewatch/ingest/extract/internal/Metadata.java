package org.casewatch.ingest.extract.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import org.casewatch.ingest.internal.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata of a page, read before its main text: each field from the first source that gives
 * it, in the order documented on the accessor's field.
 *
 * @param title og:title, JSON-LD headline, twitter:title, the first {@code <h1>}, {@code <title>}
 *     without a trailing " | Site" (or " - Site" when Site is the site name)
 * @param canonicalUrl {@code link rel=canonical}, og:url, the fetch URL; absolute, http(s), no
 *     fragment
 * @param siteName og:site_name, the JSON-LD publisher's name, application-name; or null
 * @param byline see {@link Bylines}; or null
 * @param published see {@link PageDates#published}; or null
 * @param modified see {@link PageDates#modified}; or null
 * @param language see {@link Languages#of}; or null
 * @param articleMarkup whether JSON-LD or og:type declares an article
 * @param nonArticleMarkup whether og:type declares something else (website, profile, video...)
 * @param notFree whether JSON-LD {@code isAccessibleForFree} is false or a content tier is locked
 */
public record Metadata(
    String title,
    String canonicalUrl,
    String siteName,
    String byline,
    Instant published,
    Instant modified,
    String language,
    boolean articleMarkup,
    boolean nonArticleMarkup,
    boolean notFree) {

  private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — "};

  /** Reads the metadata of a parsed page fetched from {@code url}. */
  public static Metadata of(Document doc, String url) {
    JsonLd ld = JsonLd.of(doc);
    MetaTags tags = MetaTags.of(doc);
    String siteName = first(tags.get("og:site_name"), ld.publisherName());
    if (siteName == null) {
      siteName = tags.get("application-name");
    }
    String ogType = tags.get("og:type");
    String type = ogType == null ? "" : ogType.toLowerCase(Locale.ROOT);
    String tier = tags.get("article:content_tier");
    boolean locked = tier != null && tier.equalsIgnoreCase("locked");
    return new Metadata(
        title(doc, ld, tags, siteName),
        canonical(doc, tags, url),
        siteName,
        Bylines.of(doc, ld, tags),
        PageDates.published(doc, ld, tags, url),
        PageDates.modified(doc, ld, tags),
        Languages.of(doc, ld, tags),
        ld.hasArticle() || type.startsWith("article"),
        !type.isEmpty() && !type.startsWith("article"),
        ld.notFree() || locked);
  }

  private static String title(Document doc, JsonLd ld, MetaTags tags, String siteName) {
    String title = first(tags.get("og:title"), ld.text("headline"));
    if (title == null) {
      title = tags.get("twitter:title");
    }
    if (title != null) {
      return title;
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    String plain = doc.title().strip();
    for (String separator : TITLE_SEPARATORS) {
      int at = plain.lastIndexOf(separator);
      if (at > 0) {
        String suffix = plain.substring(at + separator.length()).strip();
        if (separator.equals(" | ") || suffix.equalsIgnoreCase(siteName)) {
          return plain.substring(0, at).strip();
        }
      }
    }
    return plain;
  }

  private static String canonical(Document doc, MetaTags tags, String url) {
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    String fromLink = link == null ? null : normalise(link.absUrl("href"));
    if (fromLink != null) {
      return fromLink;
    }
    String og = tags.get("og:url");
    String fromOg = og == null ? null : normalise(resolve(url, og));
    if (fromOg != null) {
      return fromOg;
    }
    String fromUrl = normalise(url);
    return fromUrl != null ? fromUrl : url;
  }

  /** An absolute http(s) URL without fragment, or null when the input is not one. */
  public static String normalise(String url) {
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

  static Instant date(String text) {
    return Dates.parse(text);
  }

  static String first(String a, String b) {
    return a != null ? a : b;
  }
}
