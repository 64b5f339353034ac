package org.casewatch.ingest.archive;

/**
 * Why an archive record did not become a document; the {@code errorType} of its dead letter (stage
 * {@value ArchiveRecords#STAGE}, or {@code extract} for pages the extractor refused).
 */
public enum ArchiveError {
  /** The record cannot be parsed: a bad WARC header, a line that is not JSON, a broken CSV row. */
  MALFORMED_RECORD,
  /** A mapped field is missing or unusable: no text, neither url nor id. */
  MISSING_FIELD,
  /** The record's payload is larger than the cap. */
  TOO_LARGE,
  /** The payload uses a content encoding casewatch does not decode. */
  UNSUPPORTED_ENCODING,
  /** The rest of the file cannot be read (an unrecoverable parse error, a read error). */
  UNREADABLE_REST
}
