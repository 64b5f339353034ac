package org.casewatch.nlp.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a text cheaply and without dependencies, so that the English-only CoreNLP
 * models are not run on text they cannot handle.
 *
 * <p>How and why: function words ("the", "of", "und", "le", ...) make up a large share of the
 * tokens of any running text and differ between languages, so their share identifies a language
 * from a few sentences. The detector:
 *
 * <ol>
 *   <li>returns {@code und} for text with no letters or with more than <b>10%</b> control or
 *       replacement characters (binary garbage);
 *   <li>returns the language of the dominant non-Latin script when Latin letters are not the
 *       majority ({@code zh, ja, ko, ar, he, el, th, hi}; {@code und} for other scripts such as
 *       Cyrillic, whose languages it cannot tell apart);
 *   <li>otherwise counts the function words of English, German, French, Spanish, Italian, Dutch and
 *       Portuguese among the words, and returns the language with the most (English wins ties) if
 *       they make up at least <b>8%</b> of the words;
 *   <li>gives short texts (under <b>15 words</b>, not counting links, handles and hashtags) without
 *       evidence of another language the benefit of the doubt ({@code en}, the language of the
 *       pipeline), and longer ones {@code und}.
 * </ol>
 *
 * <p>Only the first <b>10,000 characters</b> are examined. Thread-safe and stateless.
 */
public final class LanguageDetector {

  /** The code for an undetermined language (ISO 639-2). */
  public static final String UNDETERMINED = "und";

  /** The code for English. */
  public static final String ENGLISH = "en";

  static final int SAMPLE_CHARS = 10_000;
  static final double MIN_SHARE = 0.08;
  static final double MAX_GARBAGE_SHARE = 0.10;

  /**
   * A text this short (<b>15 words</b>, a tweet) whose function words point to no other language is
   * taken for English: a headline-style tweet has few function words of any language.
   */
  static final int SHORT_WORDS = 15;

  /** Links, handles, hashtags and byte escapes: not words of any language. */
  private static final java.util.regex.Pattern NOT_PROSE =
      java.util.regex.Pattern.compile("(?:https?://|www\\.)\\S*|[@#]\\S+|\\\\x[0-9a-fA-F]{2}");

  private LanguageDetector() {}

  /** The ISO 639-1 code of the language of {@code text}, or {@code und}. */
  public static String detect(String text) {
    if (text == null || text.isEmpty()) {
      return UNDETERMINED;
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
    int letters = 0;
    int garbage = 0;
    int chars = 0;
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      chars++;
      if (Character.isLetter(cp)) {
        letters++;
        scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
      } else if (cp == 0xFFFD || (Character.isISOControl(cp) && !Character.isWhitespace(cp))) {
        garbage++;
      }
    }
    if (letters == 0 || garbage > chars * MAX_GARBAGE_SHARE) {
      return UNDETERMINED;
    }
    int latin = scripts.getOrDefault(Character.UnicodeScript.LATIN, 0);
    if (latin * 2 <= letters) {
      return byScript(scripts);
    }
    return byFunctionWords(sample);
  }

  private static String byScript(Map<Character.UnicodeScript, Integer> scripts) {
    if (scripts.containsKey(Character.UnicodeScript.HIRAGANA)
        || scripts.containsKey(Character.UnicodeScript.KATAKANA)) {
      return "ja";
    }
    Character.UnicodeScript dominant =
        scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    return switch (dominant) {
      case HAN -> "zh";
      case HANGUL -> "ko";
      case ARABIC -> "ar";
      case HEBREW -> "he";
      case GREEK -> "el";
      case THAI -> "th";
      case DEVANAGARI -> "hi";
      default -> UNDETERMINED;
    };
  }

  private static String byFunctionWords(String sample) {
    Map<String, Integer> counts = new HashMap<>();
    int words = 0;
    String prose = NOT_PROSE.matcher(sample).replaceAll(" ");
    for (String word : prose.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      words++;
      for (Map.Entry<String, Set<String>> language : FunctionWords.BY_LANGUAGE.entrySet()) {
        if (language.getValue().contains(word)) {
          counts.merge(language.getKey(), 1, Integer::sum);
        }
      }
    }
    String best = ENGLISH;
    int bestCount = counts.getOrDefault(ENGLISH, 0);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    if (words < SHORT_WORDS && (bestCount == 0 || best.equals(ENGLISH))) {
      return ENGLISH;
    }
    return bestCount >= words * MIN_SHARE && bestCount > 0 ? best : UNDETERMINED;
  }
}
