package org.casewatch.ingest.archive.source.reader;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.base.source.reader.SingleThreadMultiplexSourceReaderBase;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.casewatch.ingest.archive.ArchiveItem;
import org.casewatch.ingest.archive.source.split.ArchiveSplit;
import org.casewatch.ingest.archive.source.split.ArchiveSplitState;

/**
 * The source reader of the archive source: one fetcher thread running an {@link ArchiveSplitReader}
 * for the files of this subtask, and an {@link ArchiveRecordEmitter} keeping the checkpointed
 * resume points.
 */
public final class ArchiveSourceReader
    extends SingleThreadMultiplexSourceReaderBase<
        ArchiveItem, ArchiveItem, ArchiveSplit, ArchiveSplitState> {

  /**
   * A reader.
   *
   * @param splitReader creates the split reader on the fetcher thread's behalf
   * @param metrics the reader's metrics
   * @param context the Flink reader context
   */
  public ArchiveSourceReader(
      Supplier<SplitReader<ArchiveItem, ArchiveSplit>> splitReader,
      ArchiveMetrics metrics,
      SourceReaderContext context) {
    super(splitReader, new ArchiveRecordEmitter(metrics), context.getConfiguration(), context);
  }

  @Override
  public void start() {
    context.sendSplitRequest();
  }

  @Override
  protected void onSplitFinished(Map<String, ArchiveSplitState> finishedSplitIds) {}

  @Override
  protected ArchiveSplitState initializedState(ArchiveSplit split) {
    return new ArchiveSplitState(split);
  }

  @Override
  protected ArchiveSplit toSplitType(String splitId, ArchiveSplitState state) {
    return state.toSplit();
  }
}
