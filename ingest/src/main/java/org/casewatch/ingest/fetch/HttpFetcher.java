package org.casewatch.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.casewatch.ingest.internal.BodyTooLargeException;
import org.casewatch.ingest.internal.Charsets;
import org.casewatch.ingest.internal.ContentDecoding;

/**
 * The one class in front of every outbound network call of casewatch.
 *
 * <p>Each fetch: refuses a URL longer than {@link #MAX_URL_LENGTH} ({@link
 * FetchError#URL_TOO_LONG}); checks the URL against the {@link AddressPolicy} (scheme allow-list,
 * host syntax, resolved addresses) before every hop and <b>connects to exactly the addresses that
 * check validated</b> (see below); follows at most {@link FetchConfig#maxRedirects()} redirects
 * itself, re-checking each target; enforces one total deadline over all hops, headers and body;
 * refuses a {@code Content-Length} above the cap before reading, caps the bytes on the wire, and
 * caps them again after gzip/deflate decoding; and reports every failure as a {@link
 * FetchException} with a {@link FetchError} kind. A robots.txt is the one exception to the caps:
 * only its first {@link #MAX_ROBOTS_BYTES} are kept (RFC 9309 lets a crawler ignore the rest) and
 * the result is flagged {@link FetchResult#truncated()}, so a huge or compressed robots.txt never
 * disallows a whole host. No cookies, credentials, proxies, automatic retries or connection reuse.
 * HTTP/1.1 only.
 *
 * <p>Why pinning (reliability case 53, DNS rebinding; ADR 0011): the transport is Apache HttpClient
 * 5, whose connection manager asks a {@link DnsResolver} for the addresses of a host. Ours answers,
 * for the calling thread, only with the addresses {@link AddressPolicy#check} has just returned for
 * that hop, and refuses any other host. A name that resolves to a public address when checked and
 * to a private one a moment later is therefore never dialled at the second answer: there is no
 * second lookup. The URL keeps the host name, so the {@code Host} header, TLS SNI and certificate
 * host-name verification are unchanged.
 *
 * <p>TLS: the JDK's default trust store, with HttpClient's host-name verification; a failed
 * certificate check is {@link FetchError#CERT_INVALID}. There is no trust-all path: a deployment
 * with a private CA (or a test with a throwaway certificate) passes its own {@link SSLContext}.
 *
 * <pre>{@code
 * HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults());
 * FetchResult page = fetcher.fetch(FetchRequest.page("https://example.org/news/1"));
 * }</pre>
 *
 * <p>Build one per task (it holds a client with sockets, which is not serializable); it is
 * thread-safe. {@link #close()} releases the client; an unclosed fetcher holds no idle connections
 * (none is reused), so forgetting to close it leaks nothing but the object.
 */
public final class HttpFetcher implements AutoCloseable {

  /**
   * How much of a robots.txt is kept after decompression: 512 KiB, above RFC 9309's minimum of 500
   * KiB. A longer file is cut there ({@link FetchResult#truncated()}), its rest never read, and a
   * larger compressed one is only decoded that far, so a bomb costs no more than this.
   */
  public static final long MAX_ROBOTS_BYTES = 512L * 1024;

  /**
   * The longest URL fetched, in characters: <b>2,048</b>, the limit of the sitemaps protocol and of
   * common browsers. Longer URLs (on a request or a redirect's {@code Location}) fail with {@link
   * FetchError#URL_TOO_LONG}: in practice they are crawler traps (session ids, repeated path
   * segments, calendars) rather than articles (reliability case 47).
   */
  public static final int MAX_URL_LENGTH = 2048;

  /**
   * A caller's say on a redirect to another origin (scheme, host or port), asked before the hop is
   * requested and after the gateway's own checks pass; for example "does the target's robots.txt
   * allow it?" (reliability case 32: a cross-host redirect is treated as a new URL).
   */
  @FunctionalInterface
  public interface RedirectCheck {

    /** Follows every redirect the gateway's own checks allow. */
    RedirectCheck NONE = (from, to) -> {};

    /**
     * Checks one cross-origin hop.
     *
     * @param from the URL that answered with the redirect
     * @param to the redirect target
     * @throws FetchException to stop there, typically {@link FetchError#REDIRECT_REFUSED}
     */
    void check(URI from, URI to) throws FetchException;
  }

  private final FetchConfig config;
  private final AddressPolicy policy;
  private final PinnedDns dns = new PinnedDns();
  private final CloseableHttpClient client;

  /** A fetcher with the system resolver. */
  public HttpFetcher(FetchConfig config) {
    this(config, new AddressPolicy(config));
  }

  /** A fetcher with an explicit address policy (for example with a test resolver). */
  public HttpFetcher(FetchConfig config, AddressPolicy policy) {
    this(config, policy, null);
  }

  /**
   * A fetcher with an explicit address policy and TLS trust.
   *
   * @param tls the context whose trust managers decide which server certificates are accepted, for
   *     a private CA or a test's throwaway certificate; null for the JDK's default trust store
   */
  public HttpFetcher(FetchConfig config, AddressPolicy policy, SSLContext tls) {
    this.config = config;
    this.policy = policy;
    TlsSocketStrategy tlsStrategy =
        tls == null ? DefaultClientTlsStrategy.createDefault() : new DefaultClientTlsStrategy(tls);
    Timeout total = Timeout.of(config.totalTimeout());
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(dns)
                    .setTlsSocketStrategy(tlsStrategy)
                    .setMaxConnTotal(64)
                    .setMaxConnPerRoute(4)
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(total)
                            .setSocketTimeout(total)
                            .build())
                    .build())
            .setConnectionReuseStrategy((request, response, context) -> false)
            .disableRedirectHandling()
            .disableCookieManagement()
            .disableAuthCaching()
            .disableAutomaticRetries()
            .disableContentCompression()
            .disableDefaultUserAgent()
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
    return fetch(request, RedirectCheck.NONE);
  }

  /**
   * Fetches a request, following redirects, asking {@code redirects} about each one that leaves the
   * current origin.
   *
   * @throws FetchException for every failure, typed by {@link FetchError}
   */
  public FetchResult fetch(FetchRequest request, RedirectCheck redirectCheck)
      throws FetchException {
    long deadline = System.nanoTime() + config.totalTimeout().toNanos();
    long cap =
        request.purpose() == FetchRequest.Purpose.FEED
            ? config.maxFeedBytes()
            : config.maxBodyBytes();
    checkLength(request.url(), request.url());
    URI current = parse(request.url(), request.url());
    for (int redirects = 0; ; redirects++) {
      List<InetAddress> validated = policy.check(current);
      Answer response = send(current, validated, request, cap, deadline);
      int status = response.status();
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
        checkLength(location.trim(), current.toString());
        URI next = resolve(current, location.trim());
        checkLength(next.toString(), next.toString());
        if (!sameOrigin(current, next)) {
          redirectCheck.check(current, next);
        }
        current = next;
        continue;
      }
      return complete(request, current, response, cap, redirects);
    }
  }

  /** Releases the client. */
  @Override
  public void close() throws IOException {
    client.close();
  }

  private static void checkLength(String url, String context) throws FetchException {
    if (url.length() > MAX_URL_LENGTH) {
      throw new FetchException(
          FetchError.URL_TOO_LONG,
          context.length() > 200 ? context.substring(0, 200) + "..." : context,
          "URL of " + url.length() + " characters is longer than " + MAX_URL_LENGTH);
    }
  }

  private FetchResult complete(
      FetchRequest request, URI uri, Answer response, long cap, int redirects)
      throws FetchException {
    String url = uri.toString();
    int status = response.status();
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
        body = truncated ? Arrays.copyOf(body, (int) MAX_ROBOTS_BYTES) : body;
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

  /** One HTTP answer: status, headers, and the raw (still encoded) body of a 2xx. */
  private record Answer(int status, HttpHeaders headers, byte[] body) {}

  private Answer send(
      URI uri, List<InetAddress> validated, FetchRequest request, long cap, long deadline)
      throws FetchException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw new FetchException(FetchError.TIMEOUT, uri.toString(), "deadline passed");
    }
    HttpGet get;
    try {
      get = new HttpGet(uri);
    } catch (IllegalArgumentException e) {
      throw new FetchException(FetchError.BAD_URL, uri.toString(), 0, e.getMessage(), e);
    }
    Timeout left = Timeout.of(Math.max(1, remaining / 1_000_000), TimeUnit.MILLISECONDS);
    get.setConfig(
        RequestConfig.custom()
            .setResponseTimeout(left)
            .setConnectionRequestTimeout(left)
            .setProtocolUpgradeEnabled(false)
            .build());
    get.setHeader("User-Agent", config.userAgent());
    get.setHeader("Accept", request.purpose().accept());
    get.setHeader("Accept-Encoding", ContentDecoding.ACCEPT_ENCODING);
    if (request.ifNoneMatch() != null) {
      get.setHeader("If-None-Match", request.ifNoneMatch());
    }
    if (request.ifModifiedSince() != null) {
      get.setHeader("If-Modified-Since", request.ifModifiedSince());
    }
    // The total deadline: a JDK-owned timer thread aborts the exchange (closing its socket), which
    // ends a read however slowly the server trickles headers or body.
    AtomicBoolean finished = new AtomicBoolean();
    AtomicBoolean expired = new AtomicBoolean();
    CompletableFuture.runAsync(
        () -> {
          if (!finished.get()) {
            expired.set(true);
            get.cancel();
          }
        },
        CompletableFuture.delayedExecutor(remaining, TimeUnit.NANOSECONDS));
    dns.pin(AddressPolicy.hostOf(uri), validated);
    try {
      return client.execute(get, null, response -> read(response, request, cap, get::cancel));
    } catch (IOException e) {
      if (expired.get()) {
        throw new FetchException(
            FetchError.TIMEOUT,
            uri.toString(),
            0,
            "total deadline of " + config.totalTimeout() + " passed",
            e);
      }
      throw classify(uri.toString(), e);
    } finally {
      finished.set(true);
      dns.clear();
    }
  }

  /**
   * Reads an answer: headers always, the body only of a 2xx and never past the cap. A body that is
   * not read to its end (an error page, a body over the cap, a robots.txt past its prefix) is not
   * drained either: the exchange is aborted, which closes the connection.
   */
  private static Answer read(
      ClassicHttpResponse response, FetchRequest request, long cap, Runnable abort)
      throws IOException {
    int status = response.getCode();
    TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Header header : response.getHeaders()) {
      map.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
    }
    HttpHeaders headers = HttpHeaders.of(map, (name, value) -> true);
    HttpEntity entity = response.getEntity();
    response.setEntity(null); // so that the client does not consume what we leave unread
    if (entity == null) {
      return new Answer(status, headers, new byte[0]);
    }
    if (status < 200 || status > 299) {
      abort.run();
      return new Answer(status, headers, new byte[0]);
    }
    boolean prefix = request.purpose() == FetchRequest.Purpose.ROBOTS;
    long declared = entity.getContentLength();
    if (!prefix && declared > cap) {
      abort.run();
      throw new BodyTooLargeException("Content-Length " + declared + " exceeds cap " + cap);
    }
    InputStream in = entity.getContent();
    byte[] body = readAtMost(in, cap + 1);
    if (body.length > cap) {
      abort.run();
      if (!prefix) {
        throw new BodyTooLargeException("body exceeds cap of " + cap + " bytes");
      }
    } else {
      in.close();
    }
    return new Answer(status, headers, body);
  }

  /** Reads a stream to its end or until {@code limit} bytes, without closing it. */
  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    int n;
    while (out.size() < limit
        && (n = in.read(chunk, 0, (int) Math.min(chunk.length, limit - out.size()))) >= 0) {
      out.write(chunk, 0, n);
    }
    return out.toByteArray();
  }

  private FetchException classify(String url, Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException) {
        return new FetchException(FetchError.TOO_LARGE, url, 0, t.getMessage(), cause);
      }
      if (t instanceof UnpinnedHostException) {
        return new FetchException(FetchError.BLOCKED_ADDRESS, url, 0, t.getMessage(), cause);
      }
      if (t instanceof SSLPeerUnverifiedException || t instanceof CertificateException) {
        return new FetchException(
            FetchError.CERT_INVALID, url, 0, "certificate: " + t.getMessage(), cause);
      }
      if (t instanceof InterruptedIOException) {
        // SocketTimeoutException and ConnectTimeoutException
        return new FetchException(FetchError.TIMEOUT, url, 0, String.valueOf(t), cause);
      }
      if (t instanceof ConnectException) {
        return new FetchException(FetchError.NETWORK, url, 0, "connect: " + t.getMessage(), cause);
      }
    }
    if (cause instanceof SSLException) {
      return new FetchException(FetchError.NETWORK, url, 0, "tls: " + cause.getMessage(), cause);
    }
    return new FetchException(FetchError.NETWORK, url, 0, String.valueOf(cause), cause);
  }

  /** The resolver of a connection attempt asked for a host this thread has not just validated. */
  static final class UnpinnedHostException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    UnpinnedHostException(String host) {
      super("no validated address for " + host + " on this thread; refusing to resolve it again");
    }
  }

  /**
   * The client's resolver: for the calling thread, the addresses the address policy validated for
   * the host of the hop in flight, and nothing for any other host. Connections are opened on the
   * thread that executes the request (HttpClient's classic API), and none is reused.
   */
  private static final class PinnedDns implements DnsResolver {

    private record Pin(String host, List<InetAddress> addresses) {}

    private final ThreadLocal<Pin> pins = new ThreadLocal<>();

    void pin(String host, List<InetAddress> addresses) {
      pins.set(new Pin(host, List.copyOf(addresses)));
    }

    void clear() {
      pins.remove();
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      Pin pin = pins.get();
      if (pin == null || !pin.host().equals(AddressPolicy.hostOf(host))) {
        throw new UnpinnedHostException(host);
      }
      return pin.addresses().toArray(new InetAddress[0]);
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
      List<InetSocketAddress> result = new ArrayList<>();
      for (InetAddress address : resolve(host)) {
        result.add(new InetSocketAddress(address, port));
      }
      return result;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
      return host;
    }
  }

  /** True when two URLs share scheme, host and port (the default port made explicit). */
  static boolean sameOrigin(URI a, URI b) {
    String schemeA = a.getScheme() == null ? "" : a.getScheme().toLowerCase(Locale.ROOT);
    String schemeB = b.getScheme() == null ? "" : b.getScheme().toLowerCase(Locale.ROOT);
    return schemeA.equals(schemeB)
        && AddressPolicy.hostOf(a).equals(AddressPolicy.hostOf(b))
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
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
