package org.casewatch.ingest.social.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses an RFC 8288 {@code Link} header, as Mastodon sends for paging: {@code
 * <https://host/api/v1/timelines/tag/x?max_id=1>; rel="next", <...>; rel="prev"}.
 */
public final class LinkHeader {

  private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]+)*)");
  private static final Pattern REL =
      Pattern.compile("(?i)\\brel\\s*=\\s*(?:\"([^\"]*)\"|([^\\s;,\"]+))");

  private LinkHeader() {}

  /** The targets by relation (lower case; a link with several relations is listed under each). */
  public static Map<String, String> parse(String header) {
    Map<String, String> links = new LinkedHashMap<>();
    if (header == null) {
      return links;
    }
    Matcher link = LINK.matcher(header);
    while (link.find()) {
      Matcher rel = REL.matcher(link.group(2));
      if (rel.find()) {
        String rels = rel.group(1) != null ? rel.group(1) : rel.group(2);
        for (String r : rels.strip().split("\\s+")) {
          links.putIfAbsent(r.toLowerCase(Locale.ROOT), link.group(1).strip());
        }
      }
    }
    return links;
  }
}
