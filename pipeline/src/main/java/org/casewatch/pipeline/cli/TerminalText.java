package org.casewatch.pipeline.cli;

/**
 * Makes crawled text safe to print to a terminal.
 *
 * <p>Titles, names and snippets come from pages anyone can write. Printed raw, an escape sequence
 * in them could move the cursor, rewrite earlier lines or change the terminal's title, and a line
 * break could forge a line of casewatch's own output. Control characters (C0, DEL, C1) are
 * therefore replaced by U+FFFD, except that tabs and line breaks become a space.
 */
final class TerminalText {

  private TerminalText() {}

  /** {@code text} with every control character neutralised; {@code ""} for null. */
  static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\t' || cp == '\n' || cp == '\r') {
                sb.append(' ');
              } else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp == 0x2028 || cp == 0x2029) {
                sb.append('\uFFFD');
              } else {
                sb.appendCodePoint(cp);
              }
            });
    return sb.toString();
  }

  /** {@link #safe} cut to at most {@code max} characters, with an ellipsis when cut. */
  static String safe(String text, int max) {
    String s = safe(text);
    return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
  }
}
