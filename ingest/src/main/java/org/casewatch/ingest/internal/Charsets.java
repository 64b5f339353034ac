package org.casewatch.ingest.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Charset detection from the bytes and headers: a byte-order mark wins, then the {@code charset}
 * parameter of {@code Content-Type}; anything in the document itself (HTML {@code <meta>}, the XML
 * declaration) is left to the parser that reads it.
 */
public final class Charsets {

  private Charsets() {}

  /** The charset a BOM or the content type declares, or null when neither declares one. */
  public static Charset detect(byte[] body, String contentType) {
    Charset bom = fromBom(body);
    return bom != null ? bom : fromContentType(contentType);
  }

  /** The charset of a UTF-8 or UTF-16 byte-order mark, or null. */
  public static Charset fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** The supported charset named by a content type's {@code charset} parameter, or null. */
  public static Charset fromContentType(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String param : contentType.split(";")) {
      String p = param.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String name = p.substring("charset=".length()).trim().replace("\"", "").replace("'", "");
        try {
          return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return null;
        }
      }
    }
    return null;
  }
}
