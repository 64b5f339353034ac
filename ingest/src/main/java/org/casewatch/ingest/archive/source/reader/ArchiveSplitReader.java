package org.casewatch.ingest.archive.source.reader;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;
import org.casewatch.ingest.archive.ArchiveError;
import org.casewatch.ingest.archive.ArchiveItem;
import org.casewatch.ingest.archive.ArchiveReader;
import org.casewatch.ingest.archive.ArchiveRecords;
import org.casewatch.ingest.archive.source.split.ArchiveSplit;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the archive files assigned to one reader, one after the other, on the fetcher thread.
 *
 * <p>How: each {@link #fetch()} returns the next batch of at most {@value #BATCH} items of the
 * current file (opened at its resume point when first needed) and finishes the split at the end of
 * the file. A file that cannot be opened becomes one dead letter ({@link
 * ArchiveError#UNREADABLE_REST}) and a finished split. Each item goes out as an {@link ArchiveRead}
 * with the position in the file; the progress of what was emitted is logged and reported by the
 * reader's {@link ArchiveProgressTracker}, the metrics carry what was read continuously.
 */
public final class ArchiveSplitReader implements SplitReader<ArchiveRead, ArchiveSplit> {

  /** Items returned per fetch: <b>100</b>. */
  public static final int BATCH = 100;

  private static final Logger LOG = LoggerFactory.getLogger(ArchiveSplitReader.class);

  private final ArticleExtractor extractor;
  private final Clock clock;
  private final ArchiveMetrics metrics;
  private final Deque<ArchiveSplit> queue = new ArrayDeque<>();
  private ArchiveSplit split;
  private ArchiveReader reader;
  private long items;

  /**
   * A split reader.
   *
   * @param extractor the extractor of WARC pages
   * @param clock the clock of read times
   * @param metrics the progress gauges
   */
  public ArchiveSplitReader(ArticleExtractor extractor, Clock clock, ArchiveMetrics metrics) {
    this.extractor = extractor;
    this.clock = clock;
    this.metrics = metrics;
  }

  @Override
  public RecordsWithSplitIds<ArchiveRead> fetch() {
    RecordsBySplits.Builder<ArchiveRead> records = new RecordsBySplits.Builder<>();
    if (split == null) {
      split = queue.poll();
      if (split == null) {
        return records.build();
      }
      if (!open(records)) {
        return records.build();
      }
    }
    String id = split.splitId();
    for (int i = 0; i < BATCH; i++) {
      ArchiveItem item = reader.next();
      if (item == null) {
        finish(records);
        break;
      }
      items++;
      records.add(id, new ArchiveRead(item, reader.bytesRead(), reader.size()));
    }
    if (reader != null) {
      progress();
    }
    return records.build();
  }

  private boolean open(RecordsBySplits.Builder<ArchiveRead> records) {
    try {
      reader =
          ArchiveReader.open(split.file(), split.offset(), split.recordNumber(), extractor, clock);
    } catch (IOException | RuntimeException e) {
      long at = Math.max(0, split.offset());
      LOG.warn("Archive {} cannot be read: {}", split.file().path(), e.getMessage());
      records.add(
          split.splitId(),
          new ArchiveRead(
              ArchiveRecords.failed(
                  split.file(),
                  at,
                  split.recordNumber() + 1,
                  ArchiveError.UNREADABLE_REST,
                  "cannot open: " + e.getMessage()),
              at,
              0));
      records.addFinishedSplit(split.splitId());
      split = null;
      return false;
    }
    items = 0;
    LOG.info(
        "Reading archive {} ({} bytes){}",
        split.file().path(),
        reader.size(),
        split.isFresh() ? "" : " from record " + (split.recordNumber() + 1));
    return true;
  }

  private void progress() {
    long bytes = reader.bytesRead();
    metrics.progress(bytes, reader.size());
  }

  private void finish(RecordsBySplits.Builder<ArchiveRead> records) {
    metrics.progress(reader.size(), reader.size());
    LOG.debug("Archive {} read to the end: {} records this run", split.file().path(), items);
    closeReader();
    records.addFinishedSplit(split.splitId());
    split = null;
  }

  private void closeReader() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        LOG.warn("Closing archive {} failed: {}", split.file().path(), e.getMessage());
      }
      reader = null;
    }
  }

  @Override
  public void handleSplitsChanges(SplitsChange<ArchiveSplit> change) {
    if (!(change instanceof SplitsAddition)) {
      throw new UnsupportedOperationException("unsupported split change " + change);
    }
    queue.addAll(change.splits());
  }

  @Override
  public void wakeUp() {}

  @Override
  public void close() {
    closeReader();
  }
}
