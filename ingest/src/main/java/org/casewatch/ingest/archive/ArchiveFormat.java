package org.casewatch.ingest.archive;

import java.util.Locale;

/** The kinds of archive file casewatch reads. */
public enum ArchiveFormat {
  /** WARC 1.0/1.1, plain or gzip (one member per record, as Common Crawl writes them). */
  WARC,
  /** One JSON object per line, plain or gzip; fields mapped by JSON pointer or top-level name. */
  JSONL,
  /**
   * Comma-separated values with a header row (RFC 4180), plain or gzip; fields mapped by column.
   */
  CSV;

  /**
   * The format named {@code name} ({@code warc}, {@code jsonl}, {@code csv}; any case).
   *
   * @throws IllegalArgumentException for any other name
   */
  public static ArchiveFormat of(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown archive format '" + name + "' (known: warc, jsonl, csv)", e);
    }
  }

  /** The lower-case name used in sources files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
