package org.casewatch.index.sink;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.groups.SinkWriterMetricGroup;
import org.casewatch.index.sink.internal.SendCounters;

/** The sink's counters, registered on the writer's metric group. */
final class WriterMetrics implements SendCounters {

  /** Documents Elasticsearch acknowledged. */
  static final String INDEXED = "documentsIndexed";

  /** Documents written to the dead-letter index instead. */
  static final String DEAD_LETTERED = "documentsDeadLettered";

  /** Item retries. */
  static final String RETRIED = "documentsRetried";

  /** Documents whose stored copy was already newer (409). */
  static final String ALREADY_NEWER = "documentsAlreadyNewer";

  /** Bulk requests sent. */
  static final String BATCHES = "bulkBatches";

  final Counter indexed;
  final Counter deadLettered;
  final Counter retried;
  final Counter alreadyNewer;
  final Counter batches;
  private final Counter recordsSend;
  private final Counter sendErrors;

  WriterMetrics(SinkWriterMetricGroup group) {
    this.indexed = group.counter(INDEXED);
    this.deadLettered = group.counter(DEAD_LETTERED);
    this.retried = group.counter(RETRIED);
    this.alreadyNewer = group.counter(ALREADY_NEWER);
    this.batches = group.counter(BATCHES);
    this.recordsSend = group.getNumRecordsSendCounter();
    this.sendErrors = group.getNumRecordsSendErrorsCounter();
  }

  @Override
  public void indexed(long count) {
    indexed.inc(count);
    recordsSend.inc(count);
  }

  @Override
  public void alreadyNewer(long count) {
    alreadyNewer.inc(count);
  }

  @Override
  public void retried(long count) {
    retried.inc(count);
  }

  @Override
  public void deadLettered(long count) {
    deadLettered.inc(count);
    sendErrors.inc(count);
  }

  @Override
  public void batch() {
    batches.inc();
  }
}
