package org.casewatch.index.query;

import java.util.List;

/**
 * The answer to a document search.
 *
 * @param total how many documents match in all
 * @param hits the best matches, best first, at most the requested size
 */
public record SearchResult(long total, List<DocumentHit> hits) {

  public SearchResult {
    hits = List.copyOf(hits);
  }
}
