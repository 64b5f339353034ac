package org.casewatch.index.query;

/** The orders of the case list; every order ends with the case id, so paging is total. */
public enum CaseSort {
  /** Most recent activity first. */
  LATEST_ACTIVITY,
  /** Most independent publishers first (then latest activity). */
  MOST_SOURCES,
  /** By status name (then latest activity), grouping cases at the same stage. */
  STATUS,
  /** Most recently opened first. */
  FIRST_SEEN
}
