package org.casewatch.ingest.archive;

import java.io.Serializable;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;

/**
 * What reading one archive record gave: an article, a dead letter, or nothing (a record that is not
 * a document, such as a WARC request or a non-HTML response), with where the record is.
 *
 * <p>{@code offset} and {@code recordNumber} are the resume point: a reader reopened at them skips
 * exactly this record and continues with the next (see {@link ArchiveReader#open}). Offsets are
 * byte offsets in the file for WARC (in the compressed file for WARC.gz, where each record is its
 * own gzip member), byte offsets in the decompressed text for JSONL, and character offsets in the
 * decoded text for CSV.
 *
 * @param offset where the record starts
 * @param recordNumber the record's ordinal in the file, from 1, counting every record
 * @param article the document, or null
 * @param deadLetter the failure, or null; at most one of article and deadLetter is set
 */
public record ArchiveItem(long offset, long recordNumber, Article article, DeadLetter deadLetter)
    implements Serializable {

  public ArchiveItem {
    if (article != null && deadLetter != null) {
      throw new IllegalArgumentException("an archive item is an article or a dead letter");
    }
  }

  /** A record that is not a document. */
  public static ArchiveItem skipped(long offset, long recordNumber) {
    return new ArchiveItem(offset, recordNumber, null, null);
  }

  /** True for a record that is neither an article nor a dead letter. */
  public boolean isSkipped() {
    return article == null && deadLetter == null;
  }
}
