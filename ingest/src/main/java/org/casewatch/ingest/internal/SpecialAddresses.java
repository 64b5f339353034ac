package org.casewatch.ingest.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Special-use IP ranges that an outbound crawler must never connect to (IANA IPv4 and IPv6
 * special-purpose registries, RFC 6890 and successors).
 *
 * <p>IPv6 addresses that embed an IPv4 address (mapped {@code ::ffff:0:0/96}, compatible {@code
 * ::/96}, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) are judged by the embedded address,
 * except mapped and compatible forms, which are refused outright (Java normally unwraps mapped
 * literals itself; a wrapped one can only come from a crafted answer). Teredo ({@code 2001::/32})
 * can carry any address and is refused.
 */
public final class SpecialAddresses {

  // {network, prefix length, reason}
  private static final Object[][] IPV4 = {
    {"0.0.0.0", 8, "unspecified"},
    {"10.0.0.0", 8, "private"},
    {"100.64.0.0", 10, "carrier-grade NAT"},
    {"127.0.0.0", 8, "loopback"},
    {"169.254.0.0", 16, "link-local"},
    {"172.16.0.0", 12, "private"},
    {"192.0.0.0", 24, "IETF protocol"},
    {"192.0.2.0", 24, "documentation"},
    {"192.88.99.0", 24, "6to4 relay"},
    {"192.168.0.0", 16, "private"},
    {"198.18.0.0", 15, "benchmarking"},
    {"198.51.100.0", 24, "documentation"},
    {"203.0.113.0", 24, "documentation"},
    {"224.0.0.0", 4, "multicast"},
    {"240.0.0.0", 4, "reserved"},
  };

  private SpecialAddresses() {}

  /** Why an address is special-use, or null for an ordinary public unicast address. */
  public static String reason(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return ipv4Reason(b, 0);
    }
    if (!(address instanceof Inet6Address)) {
      return "unknown address family";
    }
    if (address.isLoopbackAddress()) {
      return "loopback";
    }
    if (address.isAnyLocalAddress()) {
      return "unspecified";
    }
    if (address.isMulticastAddress()) {
      return "multicast";
    }
    if (address.isLinkLocalAddress()) {
      return "link-local";
    }
    if (address.isSiteLocalAddress()) {
      return "site-local";
    }
    int first = b[0] & 0xff;
    if ((first & 0xfe) == 0xfc) {
      return "unique local";
    }
    if (zero(b, 0, 10) && ((b[10] == 0 && b[11] == 0) || (b[10] == -1 && b[11] == -1))) {
      return "IPv4-embedded";
    }
    if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
      return zero(b, 4, 12) ? prefixed("NAT64", ipv4Reason(b, 12)) : "local NAT64";
    }
    if (b[0] == 0x20 && b[1] == 0x02) {
      return prefixed("6to4", ipv4Reason(b, 2));
    }
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
      return "Teredo";
    }
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == (byte) 0xb8) {
      return "documentation";
    }
    if (b[0] == 0x01 && b[1] == 0 && zero(b, 2, 8)) {
      return "discard-only";
    }
    return null;
  }

  private static String prefixed(String prefix, String embeddedReason) {
    return embeddedReason == null ? null : prefix + " " + embeddedReason;
  }

  private static String ipv4Reason(byte[] b, int offset) {
    int value =
        ((b[offset] & 0xff) << 24)
            | ((b[offset + 1] & 0xff) << 16)
            | ((b[offset + 2] & 0xff) << 8)
            | (b[offset + 3] & 0xff);
    for (Object[] range : IPV4) {
      int network = toInt((String) range[0]);
      int prefix = (Integer) range[1];
      int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
      if ((value & mask) == (network & mask)) {
        return (String) range[2];
      }
    }
    return null;
  }

  private static int toInt(String dotted) {
    String[] parts = dotted.split("\\.");
    int value = 0;
    for (String part : parts) {
      value = (value << 8) | Integer.parseInt(part);
    }
    return value;
  }

  private static boolean zero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
