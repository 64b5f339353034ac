package org.casewatch.ingest.archive.source.split;

import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.archive.ArchiveItem;

/**
 * The mutable state of an {@link ArchiveSplit} while a reader owns it: the resume point, advanced
 * by the emitter for every record handled (documents, dead letters and skipped records alike), and
 * the progress bookkeeping of the run (bytes read up to the last record handled, the file's size,
 * the failure that ended it, when progress was last reported), which is not checkpointed. Not
 * thread-safe.
 */
public final class ArchiveSplitState {

  private final ArchiveFile file;
  private long offset;
  private long recordNumber;
  private long bytesRead;
  private long size;
  private String failure;
  private int reportedTenth = -1;
  private long reportedAtNanos;

  /** State initialised from a split. */
  public ArchiveSplitState(ArchiveSplit split) {
    this.file = split.file();
    this.offset = split.offset();
    this.recordNumber = split.recordNumber();
    this.bytesRead = Math.max(0, split.offset());
  }

  /** The file. */
  public ArchiveFile file() {
    return file;
  }

  /** Records how far into the file's bytes the record just handled reached. */
  public void position(long bytes, long fileSize) {
    this.bytesRead = Math.max(this.bytesRead, bytes);
    if (fileSize > 0) {
      this.size = fileSize;
    }
  }

  /** How far into the file's bytes the records handled reach (the resume offset until known). */
  public long bytesRead() {
    return bytesRead;
  }

  /** The file's size in bytes, or 0 until known. */
  public long size() {
    return size;
  }

  /** Sets the file's size when known before any record. */
  public void size(long fileSize) {
    this.size = Math.max(0, fileSize);
  }

  /** Notes why the rest of the file cannot be read. */
  public void fail(String reason) {
    this.failure = reason;
  }

  /** Why the rest of the file cannot be read, or null. */
  public String failure() {
    return failure;
  }

  /** The tenth of the file last reported, or -1. */
  public int reportedTenth() {
    return reportedTenth;
  }

  /** Notes a progress report at {@code tenth} and {@code nanos} ({@link System#nanoTime()}). */
  public void reported(int tenth, long nanos) {
    this.reportedTenth = Math.max(reportedTenth, tenth);
    this.reportedAtNanos = nanos;
  }

  /** When progress was last reported ({@link System#nanoTime()}), or 0. */
  public long reportedAtNanos() {
    return reportedAtNanos;
  }

  /** Records that {@code item} has been handled. */
  public void advance(ArchiveItem item) {
    this.offset = item.offset();
    this.recordNumber = item.recordNumber();
  }

  /** The number of the last record handled, or 0. */
  public long recordNumber() {
    return recordNumber;
  }

  /** An immutable snapshot. */
  public ArchiveSplit toSplit() {
    return new ArchiveSplit(file, offset, recordNumber);
  }
}
