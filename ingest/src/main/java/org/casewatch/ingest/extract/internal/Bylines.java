package org.casewatch.ingest.extract.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The byline of a page: JSON-LD {@code author} names, {@code meta name=author}, {@code
 * article:author} and {@code byl} (when not a URL), then the page's own {@code rel=author}, {@code
 * itemprop=author} or byline/author-classed element (when short). A leading "By" is dropped.
 */
final class Bylines {

  private static final Pattern BY = Pattern.compile("^(?i)(by|von|par|por|di|door)\\s+");
  private static final int MAX_LENGTH = 120;

  private Bylines() {}

  static String of(Document doc, JsonLd ld, MetaTags tags) {
    String byline = clean(ld.names("author"));
    for (String key : new String[] {"author", "article:author", "byl", "parsely-author"}) {
      if (byline == null) {
        byline = clean(tags.get(key));
      }
    }
    if (byline == null) {
      Element e =
          doc.selectFirst(
              "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline,"
                  + " [class*=byline], .author-name, [class*=author-name], .author");
      byline = e == null ? null : clean(e.text());
    }
    return byline;
  }

  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String v = BY.matcher(value.strip()).replaceFirst("").strip();
    String lower = v.toLowerCase(Locale.ROOT);
    if (v.isEmpty()
        || v.length() > MAX_LENGTH
        || lower.startsWith("http://")
        || lower.startsWith("https://")) {
      return null;
    }
    return v;
  }
}
