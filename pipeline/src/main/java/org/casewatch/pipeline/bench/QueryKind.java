package org.casewatch.pipeline.bench;

/** The query kinds the benchmark times, each with the p95 target. */
enum QueryKind {
  /** Full-text search of documents and claims with filters, sorts and highlighting. */
  SEARCH("search", 100),
  /** The case list with filters and sorts. */
  CASE_LIST("case list", 100),
  /** One case's timeline: its events in order, reports of one event collapsed. */
  CASE_TIMELINE("case timeline", 100),
  /** Date histograms and breakdowns of documents, claims and cases. */
  TRENDS("trends", 300);

  private final String label;
  private final long targetP95Millis;

  QueryKind(String label, long targetP95Millis) {
    this.label = label;
    this.targetP95Millis = targetP95Millis;
  }

  /** How the report names the kind. */
  String label() {
    return label;
  }

  /** The p95 latency the issue asks for on the 2-core machine. */
  long targetP95Millis() {
    return targetP95Millis;
  }
}
