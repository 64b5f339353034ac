package org.casewatch.ingest.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.casewatch.ingest.internal.BodyTooLargeException;
import org.casewatch.ingest.internal.BoundedBodySubscriber;
import org.casewatch.ingest.internal.Charsets;
import org.casewatch.ingest.internal.ContentDecoding;
import org.casewatch.ingest.internal.UnsupportedEncodingException;

/**
 * The one class in front of every outbound network call of casewatch.
 *
 * <p>Each fetch: checks the URL against the {@link AddressPolicy} (scheme allow-list, host syntax,
 * resolved addresses) before every hop; follows at most {@link FetchConfig#maxRedirects()}
 * redirects itself (the client's own redirect policy is {@code NEVER}), re-checking each target;
 * enforces one total deadline over all hops, headers and body; refuses a {@code Content-Length}
 * above the cap before reading, caps the bytes on the wire, and caps them again after gzip/deflate
 * decoding; and reports every failure as a {@link FetchException} with a {@link FetchError} kind. A
 * robots.txt is the one exception to the caps: only its first {@link #MAX_ROBOTS_BYTES} are kept
 * (RFC 9309 lets a crawler ignore the rest) and the result is flagged {@link
 * FetchResult#truncated()}, so a huge or compressed robots.txt never disallows a whole host. No
 * cookies, credentials or proxies are used. HTTP/1.1 only.
 *
 * <pre>{@code
 * HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults());
 * FetchResult page = fetcher.fetch(FetchRequest.page("https://example.org/news/1"));
 * }</pre>
 *
 * <p>Build one per task (it holds an {@link HttpClient}, which is not serializable); it is
 * thread-safe.
 */
public final class HttpFetcher {

  /**
   * How much of a robots.txt is kept after decompression: 512 KiB, above RFC 9309's minimum of 500
   * KiB. A longer file is cut there ({@link FetchResult#truncated()}), its rest never read, and a
   * larger compressed one is only decoded that far, so a bomb costs no more than this.
   */
  public static final long MAX_ROBOTS_BYTES = 512L * 1024;

  private final FetchConfig config;
  private final AddressPolicy policy;
  private final HttpClient client;

  /** A fetcher with the system resolver. */
  public HttpFetcher(FetchConfig config) {
    this(config, new AddressPolicy(config));
  }

  /** A fetcher with an explicit address policy (for example with a test resolver). */
  public HttpFetcher(FetchConfig config, AddressPolicy policy) {
    this.config = config;
    this.policy = policy;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(config.totalTimeout())
            .build();
  }

  /** The configuration this fetcher enforces. */
  public FetchConfig config() {
    return config;
  }

  /** Fetches an HTML page; see {@link FetchRequest#page(String)}. */
  public FetchResult fetchPage(String url) throws FetchException {
    return fetch(FetchRequest.page(url));
  }

  /**
   * Fetches a request, following redirects.
   *
   * @return the answer; {@link FetchResult#notModified()} for a 304 to a conditional request
   * @throws FetchException for every failure, typed by {@link FetchError}
   */
  public FetchResult fetch(FetchRequest request) throws FetchException {
    long deadline = System.nanoTime() + config.totalTimeout().toNanos();
    long cap =
        request.purpose() == FetchRequest.Purpose.FEED
            ? config.maxFeedBytes()
            : config.maxBodyBytes();
    URI current = parse(request.url(), request.url());
    for (int redirects = 0; ; redirects++) {
      policy.check(current);
      HttpResponse<byte[]> response = send(current, request, cap, deadline);
      int status = response.statusCode();
      if (isRedirect(status)) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
          throw new FetchException(
              FetchError.HTTP_STATUS,
              current.toString(),
              status,
              "redirect without Location",
              null);
        }
        if (redirects >= config.maxRedirects()) {
          throw new FetchException(
              FetchError.TOO_MANY_REDIRECTS,
              current.toString(),
              status,
              "more than " + config.maxRedirects() + " redirects",
              null);
        }
        current = resolve(current, location.trim());
        continue;
      }
      return complete(request, current, response, cap, redirects);
    }
  }

  private FetchResult complete(
      FetchRequest request, URI uri, HttpResponse<byte[]> response, long cap, int redirects)
      throws FetchException {
    String url = uri.toString();
    int status = response.statusCode();
    HttpHeaders headers = response.headers();
    String contentType = headers.firstValue("Content-Type").orElse(null);
    String etag = headers.firstValue("ETag").orElse(null);
    String lastModified = headers.firstValue("Last-Modified").orElse(null);
    if (status == 304) {
      return new FetchResult(
          request.url(),
          url,
          status,
          contentType,
          etag,
          lastModified,
          new byte[0],
          null,
          redirects);
    }
    if (status < 200 || status > 299) {
      throw new FetchException(
          FetchError.HTTP_STATUS, url, status, "HTTP " + status, null, headers.map());
    }
    if (request.purpose() == FetchRequest.Purpose.PAGE && !isHtmlType(contentType)) {
      throw new FetchException(
          FetchError.NOT_HTML, url, status, "content type " + contentType, null);
    }
    byte[] body;
    boolean truncated = false;
    try {
      String encoding = headers.firstValue("Content-Encoding").orElse(null);
      if (request.purpose() == FetchRequest.Purpose.ROBOTS) {
        body = ContentDecoding.decodePrefix(response.body(), encoding, MAX_ROBOTS_BYTES);
        truncated = body.length > MAX_ROBOTS_BYTES;
        body = truncated ? java.util.Arrays.copyOf(body, (int) MAX_ROBOTS_BYTES) : body;
      } else {
        body = ContentDecoding.decode(response.body(), encoding, cap);
      }
    } catch (BodyTooLargeException e) {
      throw new FetchException(FetchError.TOO_LARGE, url, status, e.getMessage(), e);
    } catch (IOException e) {
      throw new FetchException(FetchError.BAD_ENCODING, url, status, e.getMessage(), e);
    }
    if (body.length == 0) {
      throw new FetchException(FetchError.EMPTY, url, status, "empty body", null);
    }
    Charset charset = Charsets.detect(body, contentType);
    return new FetchResult(
        request.url(),
        url,
        status,
        contentType,
        etag,
        lastModified,
        body,
        charset,
        redirects,
        headers,
        truncated);
  }

  private HttpResponse<byte[]> send(URI uri, FetchRequest request, long cap, long deadline)
      throws FetchException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw new FetchException(FetchError.TIMEOUT, uri.toString(), "deadline passed");
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(Duration.ofNanos(remaining))
            .header("User-Agent", config.userAgent())
            .header("Accept", request.purpose().accept())
            .header("Accept-Encoding", ContentDecoding.ACCEPT_ENCODING);
    if (request.ifNoneMatch() != null) {
      builder.header("If-None-Match", request.ifNoneMatch());
    }
    if (request.ifModifiedSince() != null) {
      builder.header("If-Modified-Since", request.ifModifiedSince());
    }
    CompletableFuture<HttpResponse<byte[]>> future;
    try {
      future =
          client.sendAsync(
              builder.build(),
              request.purpose() == FetchRequest.Purpose.ROBOTS
                  ? BoundedBodySubscriber.prefixHandler(cap)
                  : BoundedBodySubscriber.handler(cap));
    } catch (IllegalArgumentException e) {
      throw new FetchException(FetchError.BAD_URL, uri.toString(), 0, e.getMessage(), e);
    }
    try {
      return future.get(remaining, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new FetchException(
          FetchError.TIMEOUT,
          uri.toString(),
          0,
          "total deadline of " + config.totalTimeout() + " passed",
          e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException(FetchError.NETWORK, uri.toString(), 0, "interrupted", e);
    } catch (ExecutionException e) {
      throw classify(uri.toString(), e.getCause());
    }
  }

  private FetchException classify(String url, Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException) {
        return new FetchException(FetchError.TOO_LARGE, url, 0, t.getMessage(), cause);
      }
      if (t instanceof UnsupportedEncodingException) {
        return new FetchException(FetchError.BAD_ENCODING, url, 0, t.getMessage(), cause);
      }
      if (t instanceof HttpTimeoutException) {
        return new FetchException(FetchError.TIMEOUT, url, 0, t.getMessage(), cause);
      }
      if (t instanceof ConnectException) {
        return new FetchException(FetchError.NETWORK, url, 0, "connect: " + t.getMessage(), cause);
      }
    }
    return new FetchException(FetchError.NETWORK, url, 0, String.valueOf(cause), cause);
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** True for HTML and XHTML content types, and for a missing one (sniffed later). */
  static boolean isHtmlType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return type.equals("text/html") || type.equals("application/xhtml+xml");
  }

  private static URI parse(String url, String context) throws FetchException {
    try {
      URI uri = new URI(url.trim());
      if (!uri.isAbsolute()) {
        throw new FetchException(FetchError.BAD_URL, context, "not absolute: " + url);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new FetchException(FetchError.BAD_URL, context, 0, e.getMessage(), e);
    }
  }

  private static URI resolve(URI base, String location) throws FetchException {
    try {
      return base.resolve(new URI(location));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(
          FetchError.BAD_URL, base.toString(), 0, "bad redirect location " + location, e);
    }
  }
}
