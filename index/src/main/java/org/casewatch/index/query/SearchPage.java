package org.casewatch.index.query;

import java.util.List;

/**
 * One page of a search.
 *
 * @param total how many records match in all (exact)
 * @param hits this page's hits, in the query's order
 * @param nextCursor the cursor of the next page, or null when this page was the last
 */
public record SearchPage(long total, List<SearchHit> hits, String nextCursor) {

  public SearchPage {
    hits = List.copyOf(hits);
  }
}
