package org.casewatch.index.query;

import java.util.List;

/**
 * One page of a search.
 *
 * @param total how many records match in all: exact when {@code totalRelation} is {@code eq}, a
 *     lower bound ({@link SearchQuery#TOTAL_CAP}) when it is {@code gte}
 * @param totalRelation {@code eq} or {@code gte}, as Elasticsearch reports it
 * @param hits this page's hits, in the query's order
 * @param nextCursor the cursor of the next page, or null when this page was the last
 */
public record SearchPage(
    long total, String totalRelation, List<SearchHit> hits, String nextCursor) {

  /** The relation of an exact total. */
  public static final String EQ = "eq";

  /** The relation of a total that is a lower bound. */
  public static final String GTE = "gte";

  public SearchPage {
    totalRelation = GTE.equals(totalRelation) ? GTE : EQ;
    hits = List.copyOf(hits);
  }

  /** A page with an exact total. */
  public SearchPage(long total, List<SearchHit> hits, String nextCursor) {
    this(total, EQ, hits, nextCursor);
  }

  /** Whether {@link #total()} counts every match. */
  public boolean totalExact() {
    return EQ.equals(totalRelation);
  }
}
