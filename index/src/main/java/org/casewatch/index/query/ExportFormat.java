package org.casewatch.index.query;

/** The file formats of an export. */
public enum ExportFormat {
  /** RFC 4180 CSV after {@code #} header lines; nested values as JSON text. */
  CSV,
  /** One JSON object per line, after one header object. */
  JSONL
}
