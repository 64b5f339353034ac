package org.casewatch.ingest.robots.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Parses a robots.txt body for one product token (RFC 9309 section 2) and keeps only what applies
 * to that token: the rules of its groups (or of the {@code *} groups when it has none), their
 * {@code Crawl-delay}, and every {@code Sitemap}.
 *
 * <p>How: one pass over the lines with the state machine of Google's reference parser. A group is
 * one or more {@code User-agent} lines followed by rules; a {@code User-agent} line after a rule
 * starts a new group; lines that are neither (sitemaps, unknown keys, HTML debris) do not end a
 * group. Groups for the same agent are merged. The product token of a {@code User-agent} line is
 * its leading run of letters, {@code _} and {@code -} (section 2.2.1), compared case-insensitively.
 * Accepted mistakes, as in Google's parser: a leading byte-order mark or part of one, a missing
 * colon when the line has exactly two words, and common misspellings of the keys.
 *
 * <p>The body is read as octets (ISO-8859-1, one char per byte) so invalid UTF-8 survives into the
 * percent-encoding of patterns unchanged. Not thread-safe; create one per parse.
 */
public final class RobotsParser {

  /** Lines longer than this many octets are cut here, as in Google's parser. */
  static final int MAX_LINE_OCTETS = 2083 * 8;

  private static final List<String> DISALLOW_SPELLINGS =
      List.of("disallow", "dissallow", "dissalow", "disalow", "diasllow", "disallaw");

  private final String agent;
  private final List<Rule> specificRules = new ArrayList<>();
  private final List<Rule> globalRules = new ArrayList<>();
  private final List<String> specificDelays = new ArrayList<>();
  private final List<String> globalDelays = new ArrayList<>();
  private final List<String> sitemaps = new ArrayList<>();
  private boolean seenGlobal;
  private boolean seenSpecific;
  private boolean everSeenSpecific;
  private boolean seenSeparator;

  private RobotsParser(String agent) {
    this.agent = agent;
  }

  /**
   * Parses {@code body} for the product token {@code agent} (letters, {@code _} and {@code -} only;
   * compared case-insensitively).
   */
  public static Parsed parse(byte[] body, String agent) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(agent, "agent");
    RobotsParser parser = new RobotsParser(agent);
    parser.run(new String(body, StandardCharsets.ISO_8859_1));
    boolean specific = parser.everSeenSpecific;
    return new Parsed(
        List.copyOf(specific ? parser.specificRules : parser.globalRules),
        List.copyOf(specific ? parser.specificDelays : parser.globalDelays),
        List.copyOf(parser.sitemaps),
        specific);
  }

  private void run(String text) {
    int start = 0;
    // A byte-order mark, or any leading part of one, is skipped.
    char[] bom = {0xEF, 0xBB, 0xBF};
    while (start < 3 && start < text.length() && text.charAt(start) == bom[start]) {
      start++;
    }
    int lineStart = start;
    for (int i = start; i <= text.length(); i++) {
      boolean end = i == text.length();
      char c = end ? '\n' : text.charAt(i);
      if (c == '\n' || c == '\r') {
        int lineEnd = Math.min(i, lineStart + MAX_LINE_OCTETS);
        line(text.substring(lineStart, lineEnd));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
      }
    }
  }

  private void line(String raw) {
    int hash = raw.indexOf('#');
    String line = strip(hash >= 0 ? raw.substring(0, hash) : raw);
    int sep = line.indexOf(':');
    if (sep < 0) {
      sep = indexOfSpace(line, 0);
      if (sep < 0) {
        return;
      }
      int value = sep;
      while (value < line.length() && isSpace(line.charAt(value))) {
        value++;
      }
      if (indexOfSpace(line, value) >= 0) {
        return; // More than two words: not a directive with a forgotten colon.
      }
    }
    String key = strip(line.substring(0, sep)).toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      return;
    }
    String value = strip(line.substring(sep + 1));
    // Keys match by prefix, case-insensitively, as in Google's parser ("Disallowed:" counts).
    if (key.startsWith("user-agent")
        || key.startsWith("useragent")
        || key.startsWith("user agent")) {
      userAgent(value);
    } else if (key.startsWith("allow")) {
      rule(value, true);
    } else if (isDisallowKey(key)) {
      rule(value, false);
    } else if (key.startsWith("crawl-delay")) {
      crawlDelay(value);
    } else if (key.startsWith("sitemap") || key.startsWith("site-map")) {
      sitemaps.add(value);
    }
    // Other keys are ignored and do not end a group (RFC 9309 section 2.2.4).
  }

  private static boolean isDisallowKey(String key) {
    for (String spelling : DISALLOW_SPELLINGS) {
      if (key.startsWith(spelling)) {
        return true;
      }
    }
    return false;
  }

  private void userAgent(String value) {
    if (seenSeparator) {
      seenSpecific = seenGlobal = seenSeparator = false;
    }
    if (!value.isEmpty()
        && value.charAt(0) == '*'
        && (value.length() == 1 || isSpace(value.charAt(1)))) {
      seenGlobal = true;
      return;
    }
    int end = 0;
    while (end < value.length() && isTokenChar(value.charAt(end))) {
      end++;
    }
    if (end > 0 && value.substring(0, end).equalsIgnoreCase(agent)) {
      seenSpecific = everSeenSpecific = true;
    }
  }

  private void rule(String value, boolean allow) {
    if (!seenGlobal && !seenSpecific) {
      return;
    }
    seenSeparator = true;
    List<Rule> target = seenSpecific ? specificRules : globalRules;
    String pattern = PathMatcher.normalisePattern(value);
    target.add(new Rule(pattern, allow));
    if (allow) {
      // Google-specific: "Allow: /dir/index.htm(l)" also allows "/dir/".
      int slash = pattern.lastIndexOf('/');
      if (slash >= 0 && pattern.startsWith("/index.htm", slash)) {
        target.add(new Rule(pattern.substring(0, slash + 1) + "$", true));
      }
    }
  }

  private void crawlDelay(String value) {
    if (seenSpecific) {
      specificDelays.add(value);
    } else if (seenGlobal) {
      globalDelays.add(value);
    }
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
  }

  private static int indexOfSpace(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String strip(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isSpace(s.charAt(b))) {
      b++;
    }
    while (e > b && isSpace(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(b, e);
  }

  /**
   * What applies to the agent.
   *
   * @param rules the rules of the agent's groups, or of the {@code *} groups when it has none
   * @param crawlDelays the raw {@code Crawl-delay} values of those same groups, in order
   * @param sitemaps every {@code Sitemap} value, in order
   * @param specificGroup true when at least one group names the agent
   */
  public record Parsed(
      List<Rule> rules, List<String> crawlDelays, List<String> sitemaps, boolean specificGroup) {}
}
