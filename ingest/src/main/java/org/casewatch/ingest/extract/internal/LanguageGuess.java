package org.casewatch.ingest.extract.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A guess of the language of a text, for pages that declare none: the script decides for languages
 * with a script of their own (Japanese kana, Hangul, Han, Cyrillic, Greek, Arabic, Hebrew, Thai,
 * Devanagari); for Latin script, the language whose most common function words make up the largest
 * share of the words, when that share is at least {@value #MIN_SHARE} and at least {@value
 * #MIN_WORDS} words were read. Otherwise no guess (null). Cyrillic is guessed as Russian and Han as
 * Chinese, which is right for most news but not all.
 */
public final class LanguageGuess {

  /** Least share of function words for a Latin-script guess: **0.15**. */
  static final double MIN_SHARE = 0.15;

  /** Least number of words for a Latin-script guess: **20**. */
  static final int MIN_WORDS = 20;

  private static final int MAX_CHARS = 4000;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Map<String, Set<String>> FUNCTION_WORDS =
      Map.of(
          "en",
              Set.of(
                  "the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with",
                  "he", "she", "as", "at", "by", "this", "have", "from"),
          "de",
              Set.of(
                  "der", "die", "und", "das", "ist", "nicht", "sich", "mit", "den", "auf", "ein",
                  "eine", "dem", "des", "von", "zu", "auch", "es", "wird", "sie"),
          "fr",
              Set.of(
                  "le", "la", "les", "et", "des", "est", "une", "un", "du", "que", "pour", "dans",
                  "qui", "pas", "sur", "au", "avec", "il", "elle", "ce"),
          "es",
              Set.of(
                  "el", "la", "los", "las", "y", "que", "del", "en", "un", "una", "por", "con",
                  "para", "es", "se", "su", "al", "lo", "como", "pero"),
          "it",
              Set.of(
                  "il", "di", "che", "e", "la", "per", "un", "una", "non", "sono", "del", "della",
                  "con", "gli", "le", "nel", "anche", "è", "si", "alla"),
          "pt",
              Set.of(
                  "o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para",
                  "com", "não", "por", "se", "na", "no", "mais"),
          "nl",
              Set.of(
                  "de", "het", "een", "en", "van", "dat", "is", "niet", "op", "te", "zijn", "met",
                  "voor", "die", "ook", "maar", "aan", "er", "hij", "ze"),
          "sv",
              Set.of(
                  "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den",
                  "har", "inte", "om", "ett", "var", "jag", "men", "de"));

  private LanguageGuess() {}

  /** The ISO 639-1 code of the text's likely language, or null. */
  public static String of(String text) {
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    String byScript = byScript(sample);
    if (byScript != null) {
      return byScript;
    }
    Map<String, Integer> hits = new HashMap<>();
    int words = 0;
    Matcher m = WORD.matcher(sample);
    while (m.find()) {
      words++;
      String word = m.group().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
        if (e.getValue().contains(word)) {
          hits.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    if (words < MIN_WORDS) {
      return null;
    }
    String best = null;
    int bestHits = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > bestHits
          || e.getValue() == bestHits && best != null && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    return (double) bestHits / words >= MIN_SHARE ? best : null;
  }

  private static String byScript(String text) {
    int letters = 0;
    Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
      }
    }
    if (letters == 0) {
      return null;
    }
    int kana =
        scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
            + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
    if (kana * 20 >= letters) {
      return "ja";
    }
    Character.UnicodeScript top = null;
    int topCount = 0;
    for (Map.Entry<Character.UnicodeScript, Integer> e : scripts.entrySet()) {
      if (e.getValue() > topCount) {
        top = e.getKey();
        topCount = e.getValue();
      }
    }
    return switch (top) {
      case HANGUL -> "ko";
      case HAN -> "zh";
      case CYRILLIC -> "ru";
      case GREEK -> "el";
      case ARABIC -> "ar";
      case HEBREW -> "he";
      case THAI -> "th";
      case DEVANAGARI -> "hi";
      default -> null;
    };
  }
}
