package org.casewatch.ingest.fetch;

import java.util.Objects;

/**
 * What to fetch: the URL, what it is for (which sets the {@code Accept} header, the body cap and
 * the content check) and conditional validators from a previous answer.
 *
 * <p>Use the factories: {@link #page(String)} for article pages, {@link #feed(String, String,
 * String)} for feeds. Later kinds (robots.txt, sitemaps, APIs) add a {@link Purpose}.
 *
 * @param url the absolute http(s) URL
 * @param purpose what the body is for
 * @param ifNoneMatch an ETag to send as {@code If-None-Match}, or null
 * @param ifModifiedSince a date to send as {@code If-Modified-Since}, or null
 */
public record FetchRequest(
    String url, Purpose purpose, String ifNoneMatch, String ifModifiedSince) {

  /** What a fetched body is for. */
  public enum Purpose {
    /**
     * An HTML page: capped at {@link FetchConfig#maxBodyBytes()}; a non-HTML {@code Content-Type}
     * fails with {@link FetchError#NOT_HTML}.
     */
    PAGE("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"),
    /** A feed: capped at {@link FetchConfig#maxFeedBytes()}; any content type is accepted. */
    FEED(
        "application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,"
            + "application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.1"),
    /**
     * A JSON API answer (social platforms): capped at {@link FetchConfig#maxBodyBytes()}; any
     * content type is accepted and the caller parses the JSON.
     */
    API("application/json,*/*;q=0.1"),
    /**
     * A robots.txt file: capped at {@link FetchConfig#maxBodyBytes()}; any content type is accepted
     * (RFC 9309 files are plain text, but servers label them loosely).
     */
    ROBOTS("text/plain,*/*;q=0.1");

    private final String accept;

    Purpose(String accept) {
      this.accept = accept;
    }

    /** The {@code Accept} header sent for this purpose. */
    public String accept() {
      return accept;
    }
  }

  public FetchRequest {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(purpose, "purpose");
  }

  /** An HTML page. */
  public static FetchRequest page(String url) {
    return new FetchRequest(url, Purpose.PAGE, null, null);
  }

  /** A robots.txt file. */
  public static FetchRequest robots(String url) {
    return new FetchRequest(url, Purpose.ROBOTS, null, null);
  }

  /** A JSON API request. */
  public static FetchRequest api(String url) {
    return new FetchRequest(url, Purpose.API, null, null);
  }

  /**
   * A feed, conditional on the validators of the previous poll.
   *
   * @param etag the ETag of the previous answer, or null
   * @param lastModified the Last-Modified of the previous answer, or null
   */
  public static FetchRequest feed(String url, String etag, String lastModified) {
    return new FetchRequest(url, Purpose.FEED, etag, lastModified);
  }
}
