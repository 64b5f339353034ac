package org.casewatch.ingest.fetch;

import java.util.Objects;

/**
 * A fetch that failed, with its typed {@link FetchError kind}, the URL that failed (the hop at
 * which it failed, for redirects) and the HTTP status when there was one.
 */
public final class FetchException extends Exception {

  private static final long serialVersionUID = 1L;

  private final FetchError error;
  private final String url;
  private final int status;

  /** A failure without an HTTP status. */
  public FetchException(FetchError error, String url, String message) {
    this(error, url, 0, message, null);
  }

  /** A failure with an HTTP status (0 when none) and an optional cause. */
  public FetchException(FetchError error, String url, int status, String message, Throwable cause) {
    super(error + " " + url + ": " + message, cause);
    this.error = Objects.requireNonNull(error, "error");
    this.url = url == null ? "" : url;
    this.status = status;
  }

  /** The kind of failure. */
  public FetchError error() {
    return error;
  }

  /** The URL at which the fetch failed. */
  public String url() {
    return url;
  }

  /** The HTTP status of the failing answer, or 0 when there was no answer. */
  public int status() {
    return status;
  }
}
