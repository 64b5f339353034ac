package org.casewatch.ingest.sitemap;

import java.util.List;
import java.util.Objects;

/**
 * One parsed sitemap file: either an index (child sitemap URLs) or a URL set (entries).
 *
 * @param url the URL of this sitemap file
 * @param index true for a {@code <sitemapindex>}
 * @param sitemaps the child sitemap URLs of an index, in document order
 * @param entries the entries of a URL set, in document order, deduplicated by id
 * @param dropped {@code <url>}s dropped: not http(s), not on the sitemap's host, duplicate, or
 *     beyond the per-file cap
 */
public record SitemapDocument(
    String url, boolean index, List<String> sitemaps, List<SitemapEntry> entries, int dropped) {

  public SitemapDocument {
    Objects.requireNonNull(url, "url");
    sitemaps = List.copyOf(sitemaps);
    entries = List.copyOf(entries);
  }
}
