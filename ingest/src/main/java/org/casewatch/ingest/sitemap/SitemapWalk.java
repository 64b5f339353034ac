package org.casewatch.ingest.sitemap;

import java.util.List;
import java.util.Objects;

/**
 * The result of walking a sitemap or sitemap index: the entries found and everything that was not
 * read, counted, so that a capped or failing walk is visible.
 *
 * @param root the URL the walk started from
 * @param entries the entries of every URL set read, deduplicated by id, in walk order
 * @param failures the files that could not be fetched or read
 * @param sitemapsRead how many files were read successfully
 * @param skippedByDepth child sitemaps not read because they were deeper than the depth cap
 * @param skippedByCount child sitemaps not read because the walk reached its file cap
 * @param droppedEntries entries dropped by the parser (off-host, not http(s), per-file cap,
 *     duplicate within a file) or by the walk (duplicate across files, walk entry cap)
 */
public record SitemapWalk(
    String root,
    List<SitemapEntry> entries,
    List<SitemapFailure> failures,
    int sitemapsRead,
    int skippedByDepth,
    int skippedByCount,
    int droppedEntries) {

  public SitemapWalk {
    Objects.requireNonNull(root, "root");
    entries = List.copyOf(entries);
    failures = List.copyOf(failures);
  }
}
