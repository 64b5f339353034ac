package org.casewatch.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.casewatch.ingest.internal.SpecialAddresses;

/**
 * Decides whether a URL may be connected to: scheme allow-list, host syntax, and the addresses the
 * host resolves to.
 *
 * <p>How: the scheme must be {@code http} or {@code https}; the URL must have a host and no
 * credentials. Host names {@code localhost} and {@code *.localhost} are refused by name. A host
 * that is numeric in any of the forms C's {@code inet_aton} accepts ({@code 2130706434}, {@code
 * 0x7f000002}, {@code 0177.0.0.2}, {@code 127.1}) is refused unless it is a canonical dotted quad:
 * Java's own parser reads some of these differently from browsers and C resolvers (it reads {@code
 * 0177.0.0.2} as 177.0.0.2), and no real site needs them. Every address the host resolves to is
 * then checked against {@link SpecialAddresses}: loopback, private, link-local (cloud metadata
 * included), CGNAT, unspecified, multicast, reserved, documentation, IPv6 unique-local and
 * site-local, and IPv6 forms that embed such an IPv4 address. An address, or address:port, on the
 * configured allow-list is exempt.
 *
 * <p>Why resolution here: the check must see the addresses the connection will use. {@link
 * HttpFetcher} hands the addresses {@link #check} returns to its client's resolver, so a hop
 * connects only to addresses validated here, with no second lookup that DNS rebinding could answer
 * differently (ADR 0011). Thread-safe.
 */
public final class AddressPolicy {

  /** Resolves host names; replaceable so that tests can simulate DNS answers. */
  @FunctionalInterface
  public interface Resolver {
    /** All addresses of a host name or literal. */
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private static final Pattern NUMERIC_PART = Pattern.compile("0x[0-9a-f]*|0[0-7]*|[1-9][0-9]*");
  private static final Pattern CANONICAL_PART = Pattern.compile("0|[1-9][0-9]{0,2}");
  private static final Pattern IPV4_LITERAL =
      Pattern.compile("(?:(?:0|[1-9][0-9]{0,2})\\.){3}(?:0|[1-9][0-9]{0,2})");

  private final Set<InetAddress> allowedAll = new HashSet<>();
  private final Set<String> allowedWithPort = new HashSet<>();
  private final Resolver resolver;

  /** A policy with the allow-list of the config and the system resolver. */
  public AddressPolicy(FetchConfig config) {
    this(config, InetAddress::getAllByName);
  }

  /** A policy with the allow-list of the config and the given resolver. */
  public AddressPolicy(FetchConfig config, Resolver resolver) {
    this.resolver = resolver;
    for (String entry : config.allowedAddresses()) {
      AllowEntry parsed = parseAllowEntry(entry);
      if (parsed.port < 0) {
        allowedAll.add(parsed.address);
      } else {
        allowedWithPort.add(parsed.address.getHostAddress() + "|" + parsed.port);
      }
    }
  }

  /**
   * Checks a URL before connecting to it.
   *
   * @return the addresses the host resolves to, all allowed
   * @throws FetchException with BAD_URL, BAD_SCHEME, BLOCKED_ADDRESS or DNS_ERROR
   */
  public List<InetAddress> check(URI uri) throws FetchException {
    String url = uri.toString();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(FetchError.BAD_SCHEME, url, "scheme not allowed: " + scheme);
    }
    if (uri.getRawUserInfo() != null) {
      throw new FetchException(FetchError.BAD_URL, url, "credentials in URL not allowed");
    }
    String host = hostOf(uri);
    if (host.isEmpty()) {
      throw new FetchException(FetchError.BAD_URL, url, "no host");
    }
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      throw new FetchException(FetchError.BLOCKED_ADDRESS, url, "localhost name");
    }
    if (looksNumeric(host) && !IPV4_LITERAL.matcher(host).matches()) {
      throw new FetchException(FetchError.BLOCKED_ADDRESS, url, "non-canonical numeric host");
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new FetchException(FetchError.DNS_ERROR, url, 0, "cannot resolve " + host, e);
    }
    if (addresses.length == 0) {
      throw new FetchException(FetchError.DNS_ERROR, url, "no address for " + host);
    }
    List<InetAddress> result = new ArrayList<>(addresses.length);
    for (InetAddress address : addresses) {
      String reason = blockReason(address, port);
      if (reason != null) {
        throw new FetchException(
            FetchError.BLOCKED_ADDRESS, url, reason + " address " + address.getHostAddress());
      }
      result.add(address);
    }
    return result;
  }

  /** Why an address may not be connected to on a port, or null when it may. */
  public String blockReason(InetAddress address, int port) {
    if (allowedAll.contains(address)
        || allowedWithPort.contains(address.getHostAddress() + "|" + port)) {
      return null;
    }
    return SpecialAddresses.reason(address);
  }

  /** A host name or literal as {@link #hostOf(URI)} normalises it. */
  static String hostOf(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    while (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    return h;
  }

  /** The host of a URL, lower-cased, without brackets or trailing dots; empty when none. */
  static String hostOf(URI uri) {
    String host = uri.getHost();
    if (host == null) {
      // java.net.URI gives no host for registry-based authorities such as "127.1" or "a_b.com".
      String authority = uri.getRawAuthority();
      if (authority == null) {
        return "";
      }
      int at = authority.lastIndexOf('@');
      host = at >= 0 ? authority.substring(at + 1) : authority;
      if (!host.startsWith("[")) {
        int colon = host.lastIndexOf(':');
        host = colon >= 0 ? host.substring(0, colon) : host;
      }
    }
    return hostOf(host);
  }

  /** True when every dot-separated part is a number in the forms inet_aton accepts. */
  static boolean looksNumeric(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length > 4) {
      return false;
    }
    for (String part : parts) {
      if (!NUMERIC_PART.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  /** A parsed allow-list entry: an address and a port, or -1 for every port. */
  record AllowEntry(InetAddress address, int port) {}

  /** Parses an allow-list entry, refusing host names. */
  static AllowEntry parseAllowEntry(String entry) {
    String address = entry;
    int port = -1;
    if (entry.startsWith("[")) {
      int close = entry.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("bad allow-list entry: " + entry);
      }
      address = entry.substring(1, close);
      String rest = entry.substring(close + 1);
      if (!rest.isEmpty()) {
        port = parsePort(entry, rest.startsWith(":") ? rest.substring(1) : rest);
      }
    } else if (entry.indexOf(':') == entry.lastIndexOf(':') && entry.indexOf(':') >= 0) {
      address = entry.substring(0, entry.indexOf(':'));
      port = parsePort(entry, entry.substring(entry.indexOf(':') + 1));
    }
    boolean ipv6 = address.contains(":") && address.matches("[0-9a-fA-F:.]+");
    boolean ipv4 = IPV4_LITERAL.matcher(address).matches() && canonicalParts(address);
    if (!ipv4 && !ipv6) {
      throw new IllegalArgumentException("allow-list entries must be IP literals: " + entry);
    }
    try {
      return new AllowEntry(InetAddress.getByName(address), port);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("bad allow-list entry: " + entry, e);
    }
  }

  private static boolean canonicalParts(String dotted) {
    for (String part : dotted.split("\\.")) {
      if (!CANONICAL_PART.matcher(part).matches() || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  private static int parsePort(String entry, String text) {
    try {
      int port = Integer.parseInt(text);
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("bad port in allow-list entry: " + entry);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad port in allow-list entry: " + entry, e);
    }
  }
}
