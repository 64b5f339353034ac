package org.casewatch.ingest.archive.source;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.archive.ArchiveItem;
import org.casewatch.ingest.archive.source.enumerator.ArchiveEnumeratorState;
import org.casewatch.ingest.archive.source.enumerator.ArchiveEnumeratorStateSerializer;
import org.casewatch.ingest.archive.source.reader.ArchiveMetrics;
import org.casewatch.ingest.archive.source.reader.ArchiveProgressTracker;
import org.casewatch.ingest.archive.source.reader.ArchiveSourceReader;
import org.casewatch.ingest.archive.source.reader.ArchiveSplitReader;
import org.casewatch.ingest.archive.source.split.ArchiveSplit;
import org.casewatch.ingest.archive.source.split.ArchiveSplitSerializer;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.source.enumerator.RoundRobinSplitEnumerator;
import org.casewatch.ingest.status.PollListenerFactory;

/**
 * A bounded FLIP-27 source reading archive files for backfill: WARC and WARC.gz files (pages become
 * articles through the extractor, without fetching anything) and JSONL or CSV exports of posts
 * (mapped to documents by the file's field mapping). It emits {@link ArchiveItem}s, each an article
 * or a dead letter; {@link org.casewatch.ingest.flink.ArchiveItemRouter} splits them.
 *
 * <p>One split per file. The split's state is the offset and number of the last record emitted,
 * advanced as records are emitted, so a job restored from a checkpoint continues a large file right
 * after the last record the checkpoint covers; records read after that checkpoint are read again
 * (at most one checkpoint interval's worth). A bad record is a dead letter that names the file and
 * offset, and reading goes on. Progress is in the metrics (see {@link ArchiveMetrics}), in sparse
 * INFO lines, and in {@link org.casewatch.ingest.status.ArchiveProgress} reports to the listener of
 * {@link #of(List, PollListenerFactory)} (the job's {@code casewatch sources status}).
 *
 * <pre>{@code
 * ArchiveSource source = ArchiveSource.of(List.of(ArchiveFile.warc("cc-news/CC-NEWS-1.warc.gz")));
 * env.fromSource(source, WatermarkStrategy.noWatermarks(), "archives").uid("archive-source");
 * }</pre>
 */
public final class ArchiveSource
    implements Source<ArchiveItem, ArchiveSplit, ArchiveEnumeratorState>,
        ResultTypeQueryable<ArchiveItem> {

  private static final long serialVersionUID = 1L;

  private final List<ArchiveFile> files;
  private final PollListenerFactory listeners;

  private ArchiveSource(List<ArchiveFile> files, PollListenerFactory listeners) {
    this.files = List.copyOf(files);
    this.listeners = Objects.requireNonNull(listeners, "listeners");
  }

  /**
   * A source reading these files, each once (duplicates collapse).
   *
   * @throws IllegalArgumentException when the list is empty
   */
  public static ArchiveSource of(List<ArchiveFile> files) {
    return of(files, PollListenerFactory.NONE);
  }

  /**
   * A source reading these files, each once (duplicates collapse), telling the listeners made by
   * {@code listeners} (one per reader) how far each file has come.
   *
   * @throws IllegalArgumentException when the list is empty
   */
  public static ArchiveSource of(List<ArchiveFile> files, PollListenerFactory listeners) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("at least one archive file is required");
    }
    return new ArchiveSource(new ArrayList<>(new LinkedHashSet<>(files)), listeners);
  }

  /** The files, one split each. */
  public List<ArchiveFile> files() {
    return files;
  }

  @Override
  public Boundedness getBoundedness() {
    return Boundedness.BOUNDED;
  }

  @Override
  public TypeInformation<ArchiveItem> getProducedType() {
    return TypeInformation.of(ArchiveItem.class);
  }

  @Override
  public SourceReader<ArchiveItem, ArchiveSplit> createReader(SourceReaderContext context) {
    ArchiveMetrics metrics = ArchiveMetrics.register(context.metricGroup());
    return new ArchiveSourceReader(
        () -> new ArchiveSplitReader(new ArticleExtractor(), Clock.systemUTC(), metrics),
        metrics,
        new ArchiveProgressTracker(listeners.create(), Clock.systemUTC()),
        context);
  }

  @Override
  public SplitEnumerator<ArchiveSplit, ArchiveEnumeratorState> createEnumerator(
      SplitEnumeratorContext<ArchiveSplit> context) {
    List<ArchiveSplit> splits = new ArrayList<>();
    files.forEach(file -> splits.add(ArchiveSplit.fresh(file)));
    return new RoundRobinSplitEnumerator<>(context, splits, true, ArchiveEnumeratorState::new);
  }

  @Override
  public SplitEnumerator<ArchiveSplit, ArchiveEnumeratorState> restoreEnumerator(
      SplitEnumeratorContext<ArchiveSplit> context, ArchiveEnumeratorState checkpoint) {
    return new RoundRobinSplitEnumerator<>(
        context, checkpoint.pendingSplits(), true, ArchiveEnumeratorState::new);
  }

  @Override
  public SimpleVersionedSerializer<ArchiveSplit> getSplitSerializer() {
    return ArchiveSplitSerializer.INSTANCE;
  }

  @Override
  public SimpleVersionedSerializer<ArchiveEnumeratorState> getEnumeratorCheckpointSerializer() {
    return new ArchiveEnumeratorStateSerializer();
  }
}
