package org.casewatch.ingest.fetch;

/**
 * The kind of a failed fetch: stable names that become the {@code errorType} of dead letters and
 * the labels of error counts.
 */
public enum FetchError {
  /** The URL cannot be parsed, has no host, or carries credentials. */
  BAD_URL,
  /**
   * The URL (asked for, or the target of a redirect) is longer than {@link
   * HttpFetcher#MAX_URL_LENGTH} characters: a crawler trap rather than an article.
   */
  URL_TOO_LONG,
  /** The scheme is not {@code http} or {@code https}. */
  BAD_SCHEME,
  /**
   * The host is, or resolves to, an address the policy refuses (loopback, private, link-local,
   * metadata, multicast, non-canonical numeric forms, ...).
   */
  BLOCKED_ADDRESS,
  /** The host name could not be resolved. */
  DNS_ERROR,
  /** The server answered with a status other than 2xx, 3xx-with-location or 304. */
  HTTP_STATUS,
  /** More redirects than the configured maximum, or a redirect without a location. */
  TOO_MANY_REDIRECTS,
  /**
   * A redirect to another origin that the caller refused (see {@link HttpFetcher.RedirectCheck}):
   * the target's robots.txt disallows it or cannot be read. The target was not requested.
   */
  REDIRECT_REFUSED,
  /** The total deadline of the fetch passed. */
  TIMEOUT,
  /** The body (declared, on the wire or after decompression) is larger than the cap. */
  TOO_LARGE,
  /**
   * Connection refused or reset, a TLS failure other than the certificate, or another I/O error.
   */
  NETWORK,
  /**
   * The server's TLS certificate was refused: not issued by a trusted authority (self-signed),
   * expired, or not naming the host. Never worked around: there is no trust-all path.
   */
  CERT_INVALID,
  /** The content encoding is unsupported or the compressed body is corrupt. */
  BAD_ENCODING,
  /** A page fetch got a content type that is not HTML. */
  NOT_HTML,
  /** A 2xx answer with an empty body. */
  EMPTY
}
