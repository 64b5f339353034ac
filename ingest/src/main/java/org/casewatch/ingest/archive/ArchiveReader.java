package org.casewatch.ingest.archive;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import org.casewatch.ingest.extract.ArticleExtractor;

/**
 * Reads an archive file record by record, from the start or from a resume point.
 *
 * <p>A bad record never stops the file: it comes back as an item with a dead letter naming the file
 * and offset, and reading goes on with the next record (for WARC, from the next record header found
 * after the bad one). Only a file that cannot be opened fails {@link #open}. Not thread-safe; one
 * reader per file and thread.
 *
 * <pre>{@code
 * try (ArchiveReader reader = ArchiveReader.open(file, -1, 0, new ArticleExtractor(), clock)) {
 *   for (ArchiveItem item; (item = reader.next()) != null; ) { ... }
 * }
 * }</pre>
 */
public interface ArchiveReader extends Closeable {

  /** The next record's item, or null at the end of the file. */
  ArchiveItem next();

  /** How far into the file's bytes reading has come (for progress). */
  long bytesRead();

  /** The file's size in bytes. */
  long size();

  /**
   * Opens a file.
   *
   * @param file the archive
   * @param resumeOffset the offset of the last record already handled ({@link
   *     ArchiveItem#offset()}), or a negative number to read from the start
   * @param resumeRecord that record's {@link ArchiveItem#recordNumber()}
   * @param extractor the article extractor for WARC pages
   * @param clock the clock of read times
   * @throws IOException when the file cannot be opened or the resume point not reached
   */
  static ArchiveReader open(
      ArchiveFile file,
      long resumeOffset,
      long resumeRecord,
      ArticleExtractor extractor,
      Clock clock)
      throws IOException {
    long start = Math.max(0, resumeOffset);
    long number = resumeOffset < 0 ? 0 : resumeRecord - 1;
    ArchiveReader reader =
        switch (file.format()) {
          case WARC -> new WarcArchiveReader(file, start, number, extractor);
          case JSONL -> new JsonlArchiveReader(file, start, number, clock);
          case CSV -> new CsvArchiveReader(file, start, number, clock);
        };
    if (resumeOffset >= 0) {
      reader.next(); // the record at the resume point was handled before the restart
    }
    return reader;
  }
}
