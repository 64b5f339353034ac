package org.casewatch.ingest.social.source.reader;

import org.apache.flink.api.connector.source.SourceOutput;
import org.apache.flink.connector.base.source.reader.RecordEmitter;
import org.casewatch.ingest.social.source.split.SocialSplitState;
import org.casewatch.model.SocialPost;

/**
 * Emits posts and records their ids in the split state, so that a checkpoint holds exactly the ids
 * of the posts emitted before it; cursor records update the split's cursor after its page's posts.
 */
public final class SocialRecordEmitter
    implements RecordEmitter<SocialRecord, SocialPost, SocialSplitState> {

  @Override
  public void emitRecord(
      SocialRecord record, SourceOutput<SocialPost> output, SocialSplitState state) {
    if (record.post() == null) {
      state.setCursor(record.cursor());
    } else if (state.markSeen(record.post().postId())) {
      output.collect(record.post());
    }
  }
}
