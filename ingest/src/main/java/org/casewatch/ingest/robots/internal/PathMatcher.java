package org.casewatch.ingest.robots.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Path matching per RFC 9309 section 2.2.2 and 2.2.3: {@code *} matches any sequence, a final
 * {@code $} anchors the end, the longest matching pattern wins and an {@code Allow} wins a tie.
 *
 * <p>How: patterns are normalised once at parse time (octets outside US-ASCII percent-encoded, hex
 * digits of existing escapes upper-cased; nothing is decoded, so {@code %62} stays distinct from
 * {@code b}). The URL is compared as given, byte for byte, the way Google's reference matcher does:
 * the caller percent-encodes it (as it will be sent on the wire). The match keeps the set of path
 * positions reachable after each pattern character, so {@code *} costs linear time, never
 * backtracking.
 */
public final class PathMatcher {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathMatcher() {}

  /**
   * True when the applicable rules allow {@code path}. A pattern of length 0 ({@code Disallow:}
   * with no value) never decides: when no pattern longer than zero matches, the path is allowed.
   */
  public static boolean isAllowed(List<Rule> rules, String path) {
    int bestAllow = -1;
    int bestDisallow = -1;
    for (Rule rule : rules) {
      if (matches(path, rule.pattern())) {
        int priority = rule.pattern().length();
        if (rule.allow()) {
          bestAllow = Math.max(bestAllow, priority);
        } else {
          bestDisallow = Math.max(bestDisallow, priority);
        }
      }
    }
    if (bestAllow <= 0 && bestDisallow <= 0) {
      return true;
    }
    return bestDisallow <= bestAllow;
  }

  /** True when {@code pattern} matches {@code path} from its start. */
  static boolean matches(String path, String pattern) {
    int pathLen = path.length();
    int[] pos = new int[pathLen + 1];
    int count = 1;
    for (int p = 0; p < pattern.length(); p++) {
      char c = pattern.charAt(p);
      if (c == '$' && p + 1 == pattern.length()) {
        return pos[count - 1] == pathLen;
      }
      if (c == '*') {
        count = pathLen - pos[0] + 1;
        for (int i = 1; i < count; i++) {
          pos[i] = pos[i - 1] + 1;
        }
      } else {
        int next = 0;
        for (int i = 0; i < count; i++) {
          if (pos[i] < pathLen && path.charAt(pos[i]) == c) {
            pos[next++] = pos[i] + 1;
          }
        }
        count = next;
        if (count == 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Normalises a pattern read from robots.txt, where each char is one octet (ISO-8859-1 decoded):
   * octets from 0x80 become {@code %XX}; the hex digits of existing escapes are upper-cased.
   */
  public static String normalisePattern(String octets) {
    StringBuilder out = new StringBuilder(octets.length() + 8);
    for (int i = 0; i < octets.length(); i++) {
      char c = octets.charAt(i);
      if (c == '%'
          && i + 2 < octets.length()
          && isHex(octets.charAt(i + 1))
          && isHex(octets.charAt(i + 2))) {
        out.append('%')
            .append(Character.toUpperCase(octets.charAt(i + 1)))
            .append(Character.toUpperCase(octets.charAt(i + 2)));
        i += 2;
      } else if (c >= 0x80) {
        out.append('%').append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The path, parameters and query of a URL (everything from the first {@code /}, {@code ?} or
   * {@code ;} after the authority, up to any fragment), {@code /} when there is none; as octets
   * (UTF-8 encoded, one char per octet) so it compares with normalised patterns.
   */
  public static String pathOf(String url) {
    int searchStart = url.startsWith("//") ? 2 : 0;
    int earlyPath = indexOfAny(url, "/?;", searchStart);
    int protocolEnd = url.indexOf("://", searchStart);
    if (protocolEnd < 0 || (earlyPath >= 0 && earlyPath < protocolEnd)) {
      protocolEnd = searchStart;
    } else {
      protocolEnd += 3;
    }
    int pathStart = indexOfAny(url, "/?;", protocolEnd);
    if (pathStart < 0) {
      return "/";
    }
    int hash = url.indexOf('#', searchStart);
    if (hash >= 0 && hash < pathStart) {
      return "/";
    }
    String path = url.substring(pathStart, hash < 0 ? url.length() : hash);
    if (path.charAt(0) != '/') {
      path = "/" + path;
    }
    return new String(path.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
