package org.casewatch.ingest.dedup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casewatch.ingest.dedup.internal.TrackingParameters;
import org.casewatch.ingest.dedup.internal.UrlParts;

/**
 * Maps the many URLs of one article to one canonical URL, the key of casewatch's document ids.
 *
 * <p>Rules, in order: the scheme and host are lower-cased (a trailing dot of the host dropped);
 * credentials, the fragment and the default port (80 for http, 443 for https) are dropped; a Google
 * AMP cache URL ({@code *.cdn.ampproject.org/c/s/host/path}) is unwrapped to the publisher's URL;
 * the host loses a leading {@code www.}, {@code m.}, {@code mobile.} or {@code amp.} label (so
 * desktop, mobile and AMP hosts meet); the path has its dot segments removed and its
 * percent-escapes normalised (unreserved characters decoded, hex upper-cased); AMP path variants
 * ({@code /amp/...}, {@code .../amp}, {@code .amp.html}, {@code .amp}) become the plain article
 * path; a trailing slash is dropped (except for the root {@code /}); tracking parameters ({@code
 * utm_*}, {@code fbclid}, {@code gclid}, {@code mc_cid}, {@code ocid}, {@code at_medium}, {@code
 * at_campaign}, {@code cmpid}, ... see {@link #DEFAULT_TRACKING_PARAMETERS}) and AMP switches
 * ({@code amp}, {@code outputType=amp}) are removed; the remaining parameters are sorted by name,
 * then value. Path case is kept: servers may treat it as significant.
 *
 * <p>Why: feeds link with tracking parameters, social posts with AMP and mobile variants; counted
 * as different URLs, one article would inflate the count of coverage.
 *
 * <pre>{@code
 * UrlCanonicalizer urls = UrlCanonicalizer.defaults();
 * urls.canonicalize("https://m.example.com/news/1/amp?utm_source=tw#top");
 * // -> "https://example.com/news/1"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class UrlCanonicalizer {

  /** The tracking parameters removed by default; names are compared case-insensitively. */
  public static final Set<String> DEFAULT_TRACKING_PARAMETERS = TrackingParameters.NAMES;

  /** Parameter name prefixes removed by default: {@code utm_}, {@code at_custom}, ... */
  public static final List<String> DEFAULT_TRACKING_PREFIXES = TrackingParameters.PREFIXES;

  private static final List<String> HOST_PREFIXES = List.of("www.", "m.", "mobile.", "amp.");
  private static final UrlCanonicalizer DEFAULTS = new UrlCanonicalizer(Set.of());

  private final Set<String> extraParameters;

  private UrlCanonicalizer(Set<String> extraParameters) {
    Set<String> lower = new HashSet<>();
    extraParameters.forEach(p -> lower.add(p.toLowerCase(Locale.ROOT)));
    this.extraParameters = Set.copyOf(lower);
  }

  /** The default rules. */
  public static UrlCanonicalizer defaults() {
    return DEFAULTS;
  }

  /** The default rules, also removing the given (site-specific) query parameters. */
  public static UrlCanonicalizer withExtraTrackingParameters(Set<String> names) {
    return new UrlCanonicalizer(names);
  }

  /**
   * The canonical form of an absolute http(s) URL.
   *
   * @throws IllegalArgumentException when the URL is not absolute http(s) with a host
   */
  public String canonicalize(String url) {
    URI uri = parse(url);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = hostKey(uri.getHost());
    String path = UrlParts.normalisePath(uri.getRawPath());
    String query = uri.getRawQuery();
    URI unwrapped = UrlParts.unwrapAmpCache(uri.getHost().toLowerCase(Locale.ROOT), path, query);
    if (unwrapped != null) {
      return canonicalize(unwrapped.toString());
    }
    int port = uri.getPort();
    boolean defaultPort =
        port < 0
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    path = UrlParts.withoutAmp(path);
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    StringBuilder out = new StringBuilder(scheme).append("://").append(host);
    if (!defaultPort) {
      out.append(':').append(port);
    }
    out.append(path.isEmpty() ? "/" : path);
    String kept = query(query);
    if (!kept.isEmpty()) {
      out.append('?').append(kept);
    }
    return out.toString();
  }

  /**
   * The publisher key of a URL: its host as {@link #canonicalize} leaves it ({@code m.bbc.co.uk}
   * and {@code www.bbc.co.uk} are both {@code bbc.co.uk}). Counting distinct publishers per
   * syndication group measures a story's reach; see {@link NearDuplicateIndex}.
   */
  public String publisher(String url) {
    return URI.create(canonicalize(url)).getHost();
  }

  private String query(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> params = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = UrlParts.normaliseEscapes(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? null : UrlParts.normaliseEscapes(pair.substring(eq + 1));
      if (!dropped(name, value)) {
        params.add(new String[] {name, value});
      }
    }
    params.sort(
        Comparator.<String[], String>comparing(p -> p[0])
            .thenComparing(p -> p[1] == null ? "" : p[1]));
    StringBuilder out = new StringBuilder();
    for (String[] p : params) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(p[0]);
      if (p[1] != null) {
        out.append('=').append(p[1]);
      }
    }
    return out.toString();
  }

  private boolean dropped(String name, String value) {
    String lower = name.toLowerCase(Locale.ROOT);
    return TrackingParameters.isTracking(lower, value) || extraParameters.contains(lower);
  }

  private static String hostKey(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    for (boolean changed = true; changed; ) {
      changed = false;
      for (String prefix : HOST_PREFIXES) {
        String rest = h.substring(Math.min(prefix.length(), h.length()));
        if (h.startsWith(prefix) && rest.indexOf('.') > 0) {
          h = rest;
          changed = true;
        }
      }
    }
    return h;
  }

  private static URI parse(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("URL must not be blank");
    }
    try {
      URI uri = new URI(url.strip().replace(" ", "%20"));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: " + url, e);
    }
  }
}
