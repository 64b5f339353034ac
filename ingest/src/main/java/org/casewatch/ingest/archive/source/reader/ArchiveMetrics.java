package org.casewatch.ingest.archive.source.reader;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MetricGroup;

/**
 * The metrics of an archive source reader: counters {@code archiveRecords} (records handled),
 * {@code archiveDocuments}, {@code archiveDeadLetters}, {@code archiveSkipped} (records that are
 * not documents), and gauges {@code archiveBytesRead} and {@code archivePercent} (progress through
 * the file being read, 0 to 100).
 */
public final class ArchiveMetrics {

  private final Counter records;
  private final Counter documents;
  private final Counter deadLetters;
  private final Counter skipped;
  private final AtomicLong bytesRead = new AtomicLong();
  private final AtomicLong size = new AtomicLong();

  private ArchiveMetrics(MetricGroup group) {
    this.records = group.counter("archiveRecords");
    this.documents = group.counter("archiveDocuments");
    this.deadLetters = group.counter("archiveDeadLetters");
    this.skipped = group.counter("archiveSkipped");
    group.gauge("archiveBytesRead", (Gauge<Long>) bytesRead::get);
    group.gauge("archivePercent", (Gauge<Double>) this::percent);
  }

  /** Registers the metrics in a group. */
  public static ArchiveMetrics register(MetricGroup group) {
    return new ArchiveMetrics(group);
  }

  /** Records handled. */
  public Counter records() {
    return records;
  }

  /** Records that became documents. */
  public Counter documents() {
    return documents;
  }

  /** Records that became dead letters. */
  public Counter deadLetters() {
    return deadLetters;
  }

  /** Records that are not documents. */
  public Counter skipped() {
    return skipped;
  }

  /** Sets the progress through the current file; called from the fetcher thread. */
  public void progress(long bytes, long fileSize) {
    bytesRead.set(bytes);
    size.set(fileSize);
  }

  /** The progress through the current file in percent. */
  public double percent() {
    long total = size.get();
    return total <= 0 ? 0 : Math.min(100.0, 100.0 * bytesRead.get() / total);
  }
}
