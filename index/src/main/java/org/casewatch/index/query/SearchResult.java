package org.casewatch.index.query;

import java.util.List;

/**
 * The answer to a document search.
 *
 * @param total how many documents match in all: exact when {@code totalExact}, else a lower bound
 *     ({@link SearchQuery#TOTAL_CAP})
 * @param hits the best matches, best first, at most the requested size
 * @param totalExact whether {@code total} counts every match
 */
public record SearchResult(long total, List<DocumentHit> hits, boolean totalExact) {

  public SearchResult {
    hits = List.copyOf(hits);
  }

  /** A result with an exact total. */
  public SearchResult(long total, List<DocumentHit> hits) {
    this(total, hits, true);
  }
}
