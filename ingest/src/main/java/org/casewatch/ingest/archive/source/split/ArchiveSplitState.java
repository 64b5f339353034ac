package org.casewatch.ingest.archive.source.split;

import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.archive.ArchiveItem;

/**
 * The mutable state of an {@link ArchiveSplit} while a reader owns it: the resume point, advanced
 * by the emitter for every record handled (documents, dead letters and skipped records alike). Not
 * thread-safe.
 */
public final class ArchiveSplitState {

  private final ArchiveFile file;
  private long offset;
  private long recordNumber;

  /** State initialised from a split. */
  public ArchiveSplitState(ArchiveSplit split) {
    this.file = split.file();
    this.offset = split.offset();
    this.recordNumber = split.recordNumber();
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
