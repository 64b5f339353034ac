package org.casewatch.ingest.sitemap;

import java.util.Objects;

/**
 * A sitemap file that could not be read, with its URL and a typed {@link Kind}. The message never
 * quotes the document.
 */
public final class SitemapException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a sitemap could not be read. */
  public enum Kind {
    /** The document has a DOCTYPE or an entity declaration; those are never processed. */
    DOCTYPE_NOT_ALLOWED,
    /** Larger than the cap after decompression. */
    TOO_LARGE,
    /** Corrupt gzip, not well-formed XML, or not a sitemap. */
    MALFORMED,
    /** No bytes at all. */
    EMPTY
  }

  private final Kind kind;
  private final String url;

  /** A failure of a kind for a sitemap URL, with the underlying cause when there is one. */
  public SitemapException(Kind kind, String url, String message, Throwable cause) {
    super(kind + " " + url + ": " + message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.url = url;
  }

  /** Why the sitemap could not be read. */
  public Kind kind() {
    return kind;
  }

  /** The URL of the sitemap file. */
  public String url() {
    return url;
  }
}
