package org.casewatch.ingest.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether decoded text looks mis-decoded, so that a document can be kept and flagged {@code
 * encoding_suspect} instead of being dropped or silently indexed as garbage (reliability case 40).
 *
 * <p>What counts, in order:
 *
 * <ul>
 *   <li><b>Replacement characters</b> (U+FFFD): bytes that were invalid in the charset used, for
 *       example a Latin-1 page read as UTF-8 because nothing declared a charset and UTF-8 had to be
 *       guessed.
 *   <li><b>C1 control characters</b> (U+0080 to U+009F): no real text has them; they are what
 *       cp1252 quotes and dashes become when read as ISO-8859-1.
 *   <li><b>Mojibake</b>: UTF-8 read as Latin-1 or cp1252, once or twice ("double-encoded"): a lead
 *       letter {@code Â..ß} or {@code à..ï} followed by what UTF-8 continuation bytes look like in
 *       cp1252 ({@code é} becomes {@code Ã©}, {@code ’} becomes {@code â€™}). One three-character
 *       sequence, or two two-character ones, are enough; a single pair could be real text (a German
 *       {@code ß} before a {@code »}).
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class EncodingCheck {

  /** How UTF-8 continuation bytes 0x80..0xBF look when decoded as cp1252 or Latin-1. */
  private static final String CONTINUATION =
      "[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
          + "\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039"
          + "\\u203A\\u20AC\\u2122]";

  private static final Pattern THREE_BYTE =
      Pattern.compile("[\\u00E0-\\u00EF]" + CONTINUATION + "{2}");
  private static final Pattern TWO_BYTE = Pattern.compile("[\\u00C2-\\u00DF]" + CONTINUATION);

  private EncodingCheck() {}

  /** Why the text looks mis-decoded, or null when it does not (or is null). */
  public static String suspicion(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    boolean nonAscii = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        return "replacement characters";
      }
      if (c >= '\u0080' && c <= '\u009F') {
        return "C1 control characters";
      }
      nonAscii |= c >= '\u0080';
    }
    if (!nonAscii) {
      return null;
    }
    if (THREE_BYTE.matcher(text).find()) {
      return "mojibake";
    }
    Matcher pairs = TWO_BYTE.matcher(text);
    int count = 0;
    while (pairs.find()) {
      if (++count >= 2) {
        return "mojibake";
      }
    }
    return null;
  }

  /** True when any of the texts looks mis-decoded; see {@link #suspicion(String)}. */
  public static boolean suspect(String... texts) {
    for (String text : texts) {
      if (suspicion(text) != null) {
        return true;
      }
    }
    return false;
  }
}
