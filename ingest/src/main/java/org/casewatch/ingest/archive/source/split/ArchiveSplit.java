package org.casewatch.ingest.archive.source.split;

import java.util.Objects;
import org.apache.flink.api.connector.source.SourceSplit;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.archive.ArchiveItem;

/**
 * One archive file to read, with its resume point: the offset and number of the last record emitted
 * before the checkpoint ({@link ArchiveItem#offset()}, {@link ArchiveItem#recordNumber()}), so that
 * a restored reader continues with the record after it.
 *
 * @param file the archive and its field mapping
 * @param offset the offset of the last record emitted, or -1 when none was
 * @param recordNumber the number of that record, or 0
 */
public record ArchiveSplit(ArchiveFile file, long offset, long recordNumber)
    implements SourceSplit {

  public ArchiveSplit {
    Objects.requireNonNull(file, "file");
  }

  /** A split for a file not yet read. */
  public static ArchiveSplit fresh(ArchiveFile file) {
    return new ArchiveSplit(file, -1, 0);
  }

  /** True when no record of the file has been emitted yet. */
  public boolean isFresh() {
    return offset < 0;
  }

  @Override
  public String splitId() {
    return file.format().label() + ":" + file.path();
  }
}
