package org.casewatch.ingest.archive.source.reader;

import java.util.LinkedHashMap;
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
 * for the files of this subtask, an {@link ArchiveRecordEmitter} keeping the checkpointed resume
 * points, and an {@link ArchiveProgressTracker} reporting each file's progress (running, done or
 * failed, and partial for the files still open when the reader closes).
 */
public final class ArchiveSourceReader
    extends SingleThreadMultiplexSourceReaderBase<
        ArchiveRead, ArchiveItem, ArchiveSplit, ArchiveSplitState> {

  private final ArchiveProgressTracker progress;
  private final Map<String, ArchiveSplitState> open = new LinkedHashMap<>();

  /**
   * A reader.
   *
   * @param splitReader creates the split reader on the fetcher thread's behalf
   * @param metrics the reader's metrics
   * @param progress reports each file's progress; closed with the reader
   * @param context the Flink reader context
   */
  public ArchiveSourceReader(
      Supplier<SplitReader<ArchiveRead, ArchiveSplit>> splitReader,
      ArchiveMetrics metrics,
      ArchiveProgressTracker progress,
      SourceReaderContext context) {
    super(
        splitReader,
        new ArchiveRecordEmitter(metrics, progress),
        context.getConfiguration(),
        context);
    this.progress = progress;
  }

  @Override
  public void start() {
    context.sendSplitRequest();
  }

  @Override
  protected void onSplitFinished(Map<String, ArchiveSplitState> finishedSplitIds) {
    finishedSplitIds.forEach(
        (id, state) -> {
          open.remove(id);
          progress.finished(state);
        });
  }

  @Override
  protected ArchiveSplitState initializedState(ArchiveSplit split) {
    ArchiveSplitState state = new ArchiveSplitState(split);
    open.put(split.splitId(), state);
    progress.started(state);
    return state;
  }

  @Override
  protected ArchiveSplit toSplitType(String splitId, ArchiveSplitState state) {
    return state.toSplit();
  }

  /**
   * Reports the files still open as partial, then closes. The task thread's interrupt flag (set
   * when the job is cancelled) is put aside meanwhile, so that it does not abort that last report.
   */
  @Override
  public void close() throws Exception {
    boolean interrupted = Thread.interrupted();
    try {
      progress.stopped(open.values());
      open.clear();
      progress.close();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    super.close();
  }
}
