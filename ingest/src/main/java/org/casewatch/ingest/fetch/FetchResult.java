package org.casewatch.ingest.fetch;

import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Objects;

/**
 * A successful fetch: the final URL after redirects, the status, the headers casewatch uses and the
 * decoded body.
 *
 * <p>{@code charset} is what the bytes themselves (a byte-order mark) or the {@code Content-Type}
 * header say, in that order, or null when neither says anything; HTML callers then let the
 * document's {@code <meta charset>} decide (see {@link org.casewatch.ingest.extract}).
 *
 * @param requestedUrl the URL that was asked for
 * @param finalUrl the URL of the answer, after redirects
 * @param status the HTTP status (2xx, or 304 for a conditional fetch)
 * @param contentType the {@code Content-Type} header, or null
 * @param etag the {@code ETag} header, or null
 * @param lastModified the {@code Last-Modified} header, or null
 * @param body the body after content decoding (empty for 304)
 * @param charset the charset from BOM or header, or null when unknown
 * @param redirects how many redirects were followed
 * @param headers all response headers of the final answer (API clients read {@code Link} and
 *     rate-limit headers from them); empty when not recorded
 * @param truncated true when only a prefix of a longer body was kept (robots.txt past {@link
 *     HttpFetcher#MAX_ROBOTS_BYTES}); pages and feeds over their cap fail with {@link
 *     FetchError#TOO_LARGE} instead, so they are never indexed half
 */
public record FetchResult(
    String requestedUrl,
    String finalUrl,
    int status,
    String contentType,
    String etag,
    String lastModified,
    byte[] body,
    Charset charset,
    int redirects,
    HttpHeaders headers,
    boolean truncated) {

  private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

  public FetchResult {
    Objects.requireNonNull(requestedUrl, "requestedUrl");
    Objects.requireNonNull(finalUrl, "finalUrl");
    Objects.requireNonNull(body, "body");
    headers = headers == null ? NO_HEADERS : headers;
  }

  /** A complete (untruncated) result. */
  public FetchResult(
      String requestedUrl,
      String finalUrl,
      int status,
      String contentType,
      String etag,
      String lastModified,
      byte[] body,
      Charset charset,
      int redirects,
      HttpHeaders headers) {
    this(
        requestedUrl,
        finalUrl,
        status,
        contentType,
        etag,
        lastModified,
        body,
        charset,
        redirects,
        headers,
        false);
  }

  /** A result without recorded headers. */
  public FetchResult(
      String requestedUrl,
      String finalUrl,
      int status,
      String contentType,
      String etag,
      String lastModified,
      byte[] body,
      Charset charset,
      int redirects) {
    this(
        requestedUrl,
        finalUrl,
        status,
        contentType,
        etag,
        lastModified,
        body,
        charset,
        redirects,
        NO_HEADERS);
  }

  /** True when the server answered 304 to a conditional request: nothing changed. */
  public boolean notModified() {
    return status == 304;
  }
}
