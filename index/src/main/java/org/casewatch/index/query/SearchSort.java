package org.casewatch.index.query;

/** The orders a search can return hits in; every order ends with the id, so paging is total. */
public enum SearchSort {
  /** Best match first (newest first when there is no text). */
  RELEVANCE,
  /** Newest publication first; undated last. */
  NEWEST,
  /** Oldest publication first; undated last. */
  OLDEST
}
