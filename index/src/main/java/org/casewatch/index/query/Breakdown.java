package org.casewatch.index.query;

/** What a breakdown counts by, and in which index. */
public enum Breakdown {
  /** Cases per country. */
  COUNTRY,
  /** Cases per sector (entertainment, politics, academia, ...; cases without one not counted). */
  SECTOR,
  /** Cases per organisation. */
  ORGANISATION,
  /** Cases per status. */
  STATUS,
  /** Documents per platform. */
  PLATFORM,
  /** Documents per independent publisher. */
  PUBLISHER,
  /** Claims per alleged act. */
  ACT
}
