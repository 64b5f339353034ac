package org.casewatch.ingest.extract.internal;

/**
 * Makes extracted text safe to store: drops NUL and the other C0 control characters (except tab,
 * line feed and carriage return) and replaces an unpaired UTF-16 surrogate with U+FFFD.
 *
 * <p>Why: charset decoders already replace malformed bytes, but character references, JSON-LD
 * {@code \ud800} escapes and text handed in as a {@link String} can still carry such characters,
 * which Elasticsearch and JSON encoders reject or mangle (reliability case 39).
 */
public final class SafeText {

  private SafeText() {}

  /** The text without NUL/C0 controls and with lone surrogates replaced; null stays null. */
  public static String clean(String text) {
    if (text == null || isClean(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else if (!isDroppedControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isClean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isDroppedControl(c) || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDroppedControl(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  }
}
