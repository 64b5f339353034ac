package org.casewatch.index.sink.internal;

/** What the sender counts; the writer backs it with Flink metrics. */
public interface SendCounters {

  /** Documents Elasticsearch acknowledged. */
  void indexed(long count);

  /** Documents that hit a version conflict: the stored copy is already newer. */
  void alreadyNewer(long count);

  /** Item sends that are being retried. */
  void retried(long count);

  /** Documents written to the dead-letter index instead of their target. */
  void deadLettered(long count);

  /** Bulk requests sent, including retries and dead-letter writes. */
  void batch();
}
