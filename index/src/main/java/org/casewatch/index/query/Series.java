package org.casewatch.index.query;

/** What a date histogram counts. */
public enum Series {
  /** Documents by publication date. */
  DOCUMENTS,
  /** Claims by publication date, split by act. */
  CLAIMS,
  /** Cases by the date they were first seen. */
  CASES_OPENED,
  /** Cases by their latest activity, split by status (the outcome so far). */
  CASES_BY_OUTCOME
}
