package org.casewatch.ingest.social.source.reader;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.base.source.reader.SingleThreadMultiplexSourceReaderBase;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.casewatch.ingest.social.source.split.SocialSplit;
import org.casewatch.ingest.social.source.split.SocialSplitState;
import org.casewatch.model.SocialPost;

/**
 * The source reader of the social source: one fetcher thread running a {@link SocialSplitReader}
 * for all splits of this subtask, and a {@link SocialRecordEmitter} keeping the checkpointed state.
 */
public final class SocialSourceReader
    extends SingleThreadMultiplexSourceReaderBase<
        SocialRecord, SocialPost, SocialSplit, SocialSplitState> {

  private final int maxSeenIds;

  /**
   * A reader.
   *
   * @param splitReader creates the split reader on the fetcher thread's behalf
   * @param maxSeenIds the bound on remembered ids per query
   * @param context the Flink reader context
   */
  public SocialSourceReader(
      Supplier<SplitReader<SocialRecord, SocialSplit>> splitReader,
      int maxSeenIds,
      SourceReaderContext context) {
    super(splitReader, new SocialRecordEmitter(), context.getConfiguration(), context);
    this.maxSeenIds = maxSeenIds;
  }

  @Override
  public void start() {
    context.sendSplitRequest();
  }

  @Override
  protected void onSplitFinished(Map<String, SocialSplitState> finishedSplitIds) {}

  @Override
  protected SocialSplitState initializedState(SocialSplit split) {
    return new SocialSplitState(split, maxSeenIds);
  }

  @Override
  protected SocialSplit toSplitType(String splitId, SocialSplitState state) {
    return state.toSplit();
  }
}
