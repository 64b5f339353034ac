package org.casewatch.ingest.extract.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page by {@code property}, {@code name} and {@code itemprop}
 * (case-insensitive), the first non-blank content of each key winning; read once per page.
 */
final class MetaTags {

  private final Map<String, String> content = new HashMap<>();

  private MetaTags() {}

  static MetaTags of(Document doc) {
    MetaTags tags = new MetaTags();
    for (Element meta : doc.getElementsByTag("meta")) {
      String value = meta.attr("content").strip();
      if (value.isEmpty()) {
        continue;
      }
      for (String attribute : new String[] {"property", "name", "itemprop"}) {
        String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          tags.content.putIfAbsent(key, value);
        }
      }
    }
    return tags;
  }

  /** The content of the first tag with that key, or null. */
  String get(String key) {
    return content.get(key.toLowerCase(Locale.ROOT));
  }
}
