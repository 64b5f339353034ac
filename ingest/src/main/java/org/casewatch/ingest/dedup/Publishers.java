package org.casewatch.ingest.dedup;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The publisher of a web document: the registrable domain ("eTLD+1") of its URL, by the Public
 * Suffix List that crawler-commons ships.
 *
 * <p>Why the registrable domain and not the host: {@code www.bbc.co.uk}, {@code m.bbc.co.uk} and
 * {@code news.bbc.co.uk} are one publisher, {@code bbc.co.uk}; {@code theguardian.com} and {@code
 * guardian.co.uk} stay two. Private suffixes count ({@code alice.blogspot.com} is its own
 * publisher, not {@code blogspot.com}), because each such site is run by someone else. A host under
 * no known suffix (an IP address, {@code localhost}, {@code news.example}) is its own publisher.
 * Thread-safe.
 */
public final class Publishers {

  private Publishers() {}

  /**
   * The publisher of a URL, lower case; the empty string when the URL has no host.
   *
   * <pre>{@code
   * Publishers.of("https://www.bbc.co.uk/news/uk-1"); // "bbc.co.uk"
   * }</pre>
   */
  public static String of(String url) {
    String host = hostOf(url);
    if (host.isEmpty() || host.startsWith("[") || host.matches("[0-9.]+")) {
      return host;
    }
    if (EffectiveTldFinder.getEffectiveTLD(host, false) == null) {
      return lastTwoLabels(host);
    }
    String domain = EffectiveTldFinder.getAssignedDomain(host, false, false);
    return domain == null || domain.isEmpty() ? host : domain.toLowerCase(Locale.ROOT);
  }

  /** The list's default rule {@code *}: the last label is the public suffix. */
  private static String lastTwoLabels(String host) {
    int last = host.lastIndexOf('.');
    return last <= 0 ? host : host.substring(host.lastIndexOf('.', last - 1) + 1);
  }

  private static String hostOf(String url) {
    if (url == null) {
      return "";
    }
    try {
      String host = new URI(url.strip()).getHost();
      if (host == null) {
        return "";
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
