package org.casewatch.ingest.dedup.internal;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Path and escape normalisation, AMP variants and AMP cache unwrapping for URL canonicalisation.
 */
public final class UrlParts {

  private static final String AMP_CACHE = "cdn.ampproject.org";

  private UrlParts() {}

  /** The raw path without dot segments and with normalised escapes; "/" for an empty path. */
  public static String normalisePath(String rawPath) {
    if (rawPath == null || rawPath.isEmpty()) {
      return "/";
    }
    Deque<String> segments = new ArrayDeque<>();
    String[] parts = rawPath.split("/", -1);
    for (int i = 1; i < parts.length; i++) {
      String s = parts[i];
      boolean last = i == parts.length - 1;
      if (s.equals(".")) {
        if (last) {
          segments.addLast("");
        }
      } else if (s.equals("..")) {
        segments.pollLast();
        if (last) {
          segments.addLast("");
        }
      } else {
        segments.addLast(normaliseEscapes(s));
      }
    }
    return "/" + String.join("/", segments);
  }

  /** Decodes escapes of unreserved characters and upper-cases the hex of all other escapes. */
  public static String normaliseEscapes(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%'
          && i + 2 < raw.length()
          && isHex(raw.charAt(i + 1))
          && isHex(raw.charAt(i + 2))) {
        int value = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
        if (isUnreserved(value)) {
          out.append((char) value);
        } else {
          out.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
        }
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The article path of an AMP path variant, or the path unchanged. */
  public static String withoutAmp(String path) {
    String p =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (p.endsWith("/amp")) {
      p = p.substring(0, p.length() - 4);
    }
    if (p.startsWith("/amp/")) {
      p = p.substring(4);
    }
    if (p.endsWith(".amp.html")) {
      p = p.substring(0, p.length() - ".amp.html".length()) + ".html";
    } else if (p.endsWith(".amp")) {
      p = p.substring(0, p.length() - 4);
    }
    return p.isEmpty() ? "/" : p;
  }

  /**
   * The publisher URL inside a Google AMP cache URL ({@code https://<x>.cdn.ampproject.org/c/s/
   * host/path}: {@code /c/s/} for https, {@code /c/} for http), or null when it is not one.
   */
  public static URI unwrapAmpCache(String host, String path, String rawQuery) {
    if (!host.equals(AMP_CACHE) && !host.endsWith("." + AMP_CACHE)) {
      return null;
    }
    String scheme;
    String rest;
    if (path.startsWith("/c/s/") || path.startsWith("/v/s/")) {
      scheme = "https";
      rest = path.substring(5);
    } else if (path.startsWith("/c/") || path.startsWith("/v/")) {
      scheme = "http";
      rest = path.substring(3);
    } else {
      return null;
    }
    if (rest.isEmpty() || rest.startsWith("/")) {
      return null;
    }
    return URI.create(scheme + "://" + rest + (rawQuery == null ? "" : "?" + rawQuery));
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
