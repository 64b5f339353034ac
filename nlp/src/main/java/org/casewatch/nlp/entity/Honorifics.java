package org.casewatch.nlp.entity;

import java.util.Locale;
import java.util.Set;

/** Titles that precede personal names in English news text and are not part of the name. */
final class Honorifics {

  private static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "mx",
          "dr",
          "prof",
          "professor",
          "sir",
          "dame",
          "lord",
          "lady",
          "rev",
          "reverend",
          "fr",
          "father",
          "sr",
          "sister",
          "hon",
          "judge",
          "justice",
          "president",
          "senator",
          "sen",
          "rep",
          "gov",
          "governor",
          "gen",
          "general",
          "col",
          "capt",
          "captain",
          "sgt",
          "lt",
          "mayor",
          "minister",
          "chancellor",
          "officer",
          "detective");

  private Honorifics() {}

  /** Whether {@code word} (with or without a trailing full stop) is a title. */
  static boolean isHonorific(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return TITLES.contains(w.toLowerCase(Locale.ROOT));
  }
}
