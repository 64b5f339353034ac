package org.casewatch.index.query;

import java.util.List;

/**
 * One page of the case list.
 *
 * @param total how many cases match in all
 * @param cases this page's cases, in the query's order
 * @param nextCursor the cursor of the next page, or null when this page was the last
 */
public record CasePage(long total, List<CaseSummary> cases, String nextCursor) {

  public CasePage {
    cases = List.copyOf(cases);
  }
}
