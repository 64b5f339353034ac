package org.casewatch.ingest.archive.source.reader;

import org.apache.flink.api.connector.source.SourceOutput;
import org.apache.flink.connector.base.source.reader.RecordEmitter;
import org.casewatch.ingest.archive.ArchiveError;
import org.casewatch.ingest.archive.ArchiveItem;
import org.casewatch.ingest.archive.source.split.ArchiveSplitState;

/**
 * Emits documents and dead letters and advances the split's resume point for every record, skipped
 * ones included, so that a checkpoint holds the position right after the last record emitted before
 * it; then lets the {@link ArchiveProgressTracker} report progress when due.
 */
public final class ArchiveRecordEmitter
    implements RecordEmitter<ArchiveRead, ArchiveItem, ArchiveSplitState> {

  private final ArchiveMetrics metrics;
  private final ArchiveProgressTracker progress;

  /** An emitter counting into {@code metrics} and reporting to {@code progress}. */
  public ArchiveRecordEmitter(ArchiveMetrics metrics, ArchiveProgressTracker progress) {
    this.metrics = metrics;
    this.progress = progress;
  }

  @Override
  public void emitRecord(
      ArchiveRead read, SourceOutput<ArchiveItem> output, ArchiveSplitState state) {
    ArchiveItem item = read.item();
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
    state.position(read.bytesRead(), read.size());
    if (item.deadLetter() != null
        && ArchiveError.UNREADABLE_REST.name().equals(item.deadLetter().errorType())) {
      state.fail(item.deadLetter().reason());
    }
    progress.emitted(state);
  }
}
