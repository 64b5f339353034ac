package org.casewatch.pipeline.bench;

/**
 * What one ingest run wrote and how fast.
 *
 * @param path {@code sink} or {@code bulk}
 * @param index the index written
 * @param documents documents sent
 * @param failed documents Elasticsearch refused (bulk) or that were dead-lettered (sink)
 * @param nanos the time from the first document generated to the last acknowledged
 */
record IngestResult(String path, String index, long documents, long failed, long nanos) {

  /** Two runs of one path as one (documents, failures and times added); {@code a} may be null. */
  static IngestResult plus(IngestResult a, IngestResult b) {
    return a == null
        ? b
        : new IngestResult(
            a.path(),
            a.index(),
            a.documents() + b.documents(),
            a.failed() + b.failed(),
            a.nanos() + b.nanos());
  }

  /** Documents per second. */
  double rate() {
    return nanos <= 0 ? 0 : documents * 1e9 / nanos;
  }
}
