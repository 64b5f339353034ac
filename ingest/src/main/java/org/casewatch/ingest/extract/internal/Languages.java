package org.casewatch.ingest.extract.internal;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The declared language of a page as a BCP 47 tag: {@code <html lang>}, {@code meta
 * http-equiv=content-language}, {@code meta name=language}, og:locale, JSON-LD {@code inLanguage};
 * underscores become hyphens, only the first of a list counts, and a tag Java cannot read is
 * ignored.
 */
final class Languages {

  private Languages() {}

  static String of(Document doc, JsonLd ld, MetaTags tags) {
    Element html = doc.selectFirst("html");
    String tag = html == null ? null : normalise(html.attr("lang"));
    if (tag == null) {
      Element equiv = doc.selectFirst("meta[http-equiv~=(?i)content-language][content]");
      tag = equiv == null ? null : normalise(equiv.attr("content"));
    }
    if (tag == null) {
      tag = normalise(tags.get("language"));
    }
    if (tag == null) {
      tag = normalise(tags.get("og:locale"));
    }
    if (tag == null) {
      tag = normalise(ld.text("inLanguage"));
    }
    return tag;
  }

  static String normalise(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip().split("[,;\\s]", 2)[0].replace('_', '-');
    Locale locale = Locale.forLanguageTag(v);
    String tag = locale.toLanguageTag();
    return tag.equals("und") || locale.getLanguage().length() > 3 ? null : tag;
  }
}
