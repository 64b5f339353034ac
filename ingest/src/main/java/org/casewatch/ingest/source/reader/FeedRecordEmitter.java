package org.casewatch.ingest.source.reader;

import org.apache.flink.api.connector.source.SourceOutput;
import org.apache.flink.connector.base.source.reader.RecordEmitter;
import org.casewatch.ingest.source.split.FeedSplitState;
import org.casewatch.model.FeedItem;

/**
 * Emits items and records them in the split state, so that a checkpoint holds exactly the ids of
 * the items emitted before it; validators records update the split's ETag and Last-Modified.
 */
public final class FeedRecordEmitter
    implements RecordEmitter<FeedRecord, FeedItem, FeedSplitState> {

  @Override
  public void emitRecord(FeedRecord record, SourceOutput<FeedItem> output, FeedSplitState state) {
    if (record.item() == null) {
      state.setValidators(record.etag(), record.lastModified());
    } else if (state.markSeen(record.item().itemId())) {
      output.collect(record.item());
    }
  }
}
