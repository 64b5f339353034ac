package org.casewatch.index.query;

/** The bucket width of a date histogram; weeks start on Monday, all in UTC. */
public enum Interval {
  DAY,
  WEEK,
  MONTH
}
