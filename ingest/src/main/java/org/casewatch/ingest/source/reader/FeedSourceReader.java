package org.casewatch.ingest.source.reader;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.base.source.reader.SingleThreadMultiplexSourceReaderBase;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.casewatch.ingest.source.split.FeedSplit;
import org.casewatch.ingest.source.split.FeedSplitState;
import org.casewatch.model.FeedItem;

/**
 * The source reader of the feed source: one fetcher thread running a {@link FeedSplitReader} for
 * all splits of this subtask, and a {@link FeedRecordEmitter} keeping the checkpointed state.
 */
public final class FeedSourceReader
    extends SingleThreadMultiplexSourceReaderBase<FeedRecord, FeedItem, FeedSplit, FeedSplitState> {

  private final int maxSeenIds;

  /**
   * A reader.
   *
   * @param splitReader creates the split reader on the fetcher thread's behalf
   * @param maxSeenIds the bound on remembered ids per feed
   * @param context the Flink reader context
   */
  public FeedSourceReader(
      Supplier<SplitReader<FeedRecord, FeedSplit>> splitReader,
      int maxSeenIds,
      SourceReaderContext context) {
    super(splitReader, new FeedRecordEmitter(), context.getConfiguration(), context);
    this.maxSeenIds = maxSeenIds;
  }

  @Override
  public void start() {
    context.sendSplitRequest();
  }

  @Override
  protected void onSplitFinished(Map<String, FeedSplitState> finishedSplitIds) {}

  @Override
  protected FeedSplitState initializedState(FeedSplit split) {
    return new FeedSplitState(split, maxSeenIds);
  }

  @Override
  protected FeedSplit toSplitType(String splitId, FeedSplitState state) {
    return state.toSplit();
  }
}
