package org.casewatch.ingest.archive.source.reader;

import org.apache.flink.api.connector.source.SourceOutput;
import org.apache.flink.connector.base.source.reader.RecordEmitter;
import org.casewatch.ingest.archive.ArchiveItem;
import org.casewatch.ingest.archive.source.split.ArchiveSplitState;

/**
 * Emits documents and dead letters and advances the split's resume point for every record, skipped
 * ones included, so that a checkpoint holds the position right after the last record emitted before
 * it.
 */
public final class ArchiveRecordEmitter
    implements RecordEmitter<ArchiveItem, ArchiveItem, ArchiveSplitState> {

  private final ArchiveMetrics metrics;

  /** An emitter counting into {@code metrics}. */
  public ArchiveRecordEmitter(ArchiveMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void emitRecord(
      ArchiveItem item, SourceOutput<ArchiveItem> output, ArchiveSplitState state) {
    if (item.recordNumber() <= state.recordNumber()) {
      return; // already handled before a restore
    }
    metrics.records().inc();
    if (item.isSkipped()) {
      metrics.skipped().inc();
    } else {
      (item.article() != null ? metrics.documents() : metrics.deadLetters()).inc();
      output.collect(item);
    }
    state.advance(item);
  }
}
