package org.casewatch.ingest.fetch;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A fetch that failed, with its typed {@link FetchError kind}, the URL that failed (the hop at
 * which it failed, for redirects) and the HTTP status when there was one.
 */
public final class FetchException extends Exception {

  private static final long serialVersionUID = 1L;

  private final FetchError error;
  private final String url;
  private final int status;
  private final TreeMap<String, List<String>> headers =
      new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

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

  /**
   * A failure of an HTTP answer, keeping its response headers (for example {@code Retry-After} or
   * rate-limit headers of a 429).
   */
  public FetchException(
      FetchError error,
      String url,
      int status,
      String message,
      Throwable cause,
      Map<String, List<String>> headers) {
    this(error, url, status, message, cause);
    headers.forEach((name, values) -> this.headers.put(name, List.copyOf(values)));
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

  /** The response headers of the failing answer (case-insensitive names); empty when none. */
  public Map<String, List<String>> headers() {
    return Collections.unmodifiableMap(headers);
  }

  /** The first value of a response header of the failing answer, if any. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
