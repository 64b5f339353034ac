package org.casewatch.nlp.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the escape debris that scraped social-media text often carries, without moving any
 * character: the result has the same length as the input, so every offset into it is an offset into
 * the original text.
 *
 * <p>How and why: tweets exported through a byte-string round trip arrive with UTF-8 bytes written
 * out as literal escapes ({@code London2\x80\x99s} for "London's", {@code \0\x9f\x98\x91} for an
 * emoji, {@code \n} for a line break) and with HTML entities ({@code &amp;}). The tokenizer then
 * glues names to the debris ("Rose2", "x99s") and the entity recogniser misses them, so a tweet
 * that names an accused yields no claim. The repair:
 *
 * <ul>
 *   <li>turns a run of byte escapes ({@code \xNN}, with the stray digit the lost {@code \xe} or
 *       {@code \xf} prefix leaves before it and after it) into spaces, ending with an apostrophe
 *       when the bytes were a curly apostrophe ({@code 80 99} or {@code 80 98}), so "Rose" and "'s"
 *       become two tokens again;
 *   <li>turns a literal backslash-n or backslash-t into two spaces;
 *   <li>turns {@code &amp; &lt; &gt; &quot; &#39;} into the character followed by spaces.
 * </ul>
 *
 * <p>Text without these sequences is returned unchanged (the same instance). Stateless and
 * thread-safe.
 */
public final class TextRepair {

  private static final Pattern DEBRIS =
      Pattern.compile(
          "[0-9]?(?:\\\\x[0-9a-fA-F]{2}|\\\\0)+(?:\\\\x[0-9a-fA-F]?|[0-9])?"
              + "|\\\\[nt]"
              + "|&(?:amp|lt|gt|quot|#39);");

  private TextRepair() {}

  /** The repaired text, of the same length as {@code text}; null stays null. */
  public static String repair(String text) {
    if (text == null || (text.indexOf('\\') < 0 && text.indexOf('&') < 0)) {
      return text;
    }
    Matcher m = DEBRIS.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    do {
      String found = m.group();
      char last = ' ';
      if (found.startsWith("&")) {
        char first =
            switch (found) {
              case "&amp;" -> '&';
              case "&lt;" -> '<';
              case "&gt;" -> '>';
              case "&quot;" -> '"';
              default -> '\'';
            };
        out.setCharAt(m.start(), first);
        for (int i = m.start() + 1; i < m.end(); i++) {
          out.setCharAt(i, ' ');
        }
        continue;
      }
      String lower = found.toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("\\x80\\x99") || lower.contains("\\x80\\x98")) {
        last = '\'';
      }
      for (int i = m.start(); i < m.end(); i++) {
        out.setCharAt(i, ' ');
      }
      out.setCharAt(m.end() - 1, last);
    } while (m.find());
    return out.toString();
  }
}
