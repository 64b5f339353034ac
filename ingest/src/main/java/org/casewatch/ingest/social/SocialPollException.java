package org.casewatch.ingest.social;

import java.util.Objects;
import org.casewatch.ingest.fetch.FetchError;
import org.casewatch.ingest.fetch.FetchException;

/**
 * A poll that failed, typed by {@link Kind}, with the query, the URL requested and, for fetch
 * failures, the gateway's {@link FetchError} and HTTP status. The cursor to keep is the one the
 * poll was given: the next poll repeats the request.
 */
public final class SocialPollException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The kind of failure; stable names for error counts. */
  public enum Kind {
    /** The request failed in the fetch gateway (network, status, size, address policy). */
    FETCH,
    /** The answer is not the JSON shape of its endpoint. */
    MALFORMED_PAGE,
    /** A paging link points away from the configured origin. */
    BAD_NEXT_LINK
  }

  private final Kind kind;
  private final String queryId;
  private final String url;
  private final FetchError fetchError;
  private final int status;

  /** A failed fetch. */
  public SocialPollException(String queryId, String url, FetchException cause) {
    this(Kind.FETCH, queryId, url, cause.error(), cause.status(), cause.getMessage(), cause);
  }

  /** A malformed page. */
  public SocialPollException(String queryId, String url, SocialParseException cause) {
    this(Kind.MALFORMED_PAGE, queryId, url, null, 0, cause.getMessage(), cause);
  }

  /** A failure of another kind. */
  public SocialPollException(
      Kind kind,
      String queryId,
      String url,
      FetchError fetchError,
      int status,
      String message,
      Throwable cause) {
    super(kind + " " + queryId + " " + url + ": " + message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.queryId = queryId;
    this.url = url;
    this.fetchError = fetchError;
    this.status = status;
  }

  /** The kind of failure. */
  public Kind kind() {
    return kind;
  }

  /** The {@link SocialQuery#id()} polled. */
  public String queryId() {
    return queryId;
  }

  /** The URL requested. */
  public String url() {
    return url;
  }

  /** The gateway's error kind for {@link Kind#FETCH}, else null. */
  public FetchError fetchError() {
    return fetchError;
  }

  /** The HTTP status, or 0. */
  public int status() {
    return status;
  }

  /** A label for error counts: the kind, and the fetch error for fetch failures. */
  public String label() {
    return fetchError == null ? kind.name() : kind + "/" + fetchError;
  }
}
