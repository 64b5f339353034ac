package org.casewatch.nlp.language;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The most frequent function words of the languages {@link LanguageDetector} tells apart. */
final class FunctionWords {

  /** Function words by ISO 639-1 code. */
  static final Map<String, Set<String>> BY_LANGUAGE = build();

  private FunctionWords() {}

  private static Map<String, Set<String>> build() {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    m.put(
        "en",
        Set.of(
            "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with",
            "as", "he", "she", "his", "her", "at", "by", "be", "this", "from", "have", "has", "had",
            "are", "were", "not", "but", "they", "which", "an", "or", "said", "will", "who", "been",
            "their", "would"));
    m.put(
        "de",
        Set.of(
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "dem", "mit",
            "sich", "des", "auf", "für", "im", "von", "auch", "es", "sie", "er", "wir", "dass",
            "wurde", "wird", "werden", "nach", "bei", "aus", "sind", "hat", "noch", "über"));
    m.put(
        "fr",
        Set.of(
            "le", "la", "les", "et", "des", "est", "une", "un", "du", "que", "qui", "dans", "pour",
            "pas", "sur", "au", "avec", "il", "elle", "ce", "ne", "se", "sont", "par", "plus",
            "aux", "été", "cette", "nous", "ont"));
    m.put(
        "es",
        Set.of(
            "el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "es", "por", "con",
            "para", "se", "del", "al", "lo", "como", "su", "más", "pero", "fue", "ha", "sus", "son",
            "está"));
    m.put(
        "it",
        Set.of(
            "il", "di", "che", "e", "la", "le", "un", "una", "per", "non", "sono", "del", "della",
            "con", "si", "da", "è", "al", "gli", "nel", "anche", "ma", "come", "dei", "più"));
    m.put(
        "nl",
        Set.of(
            "de", "het", "een", "en", "van", "is", "dat", "die", "niet", "op", "te", "zijn", "met",
            "voor", "hij", "zij", "er", "maar", "ook", "aan", "wordt", "werd", "om", "bij",
            "door"));
    m.put(
        "pt",
        Set.of(
            "o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com",
            "não", "por", "se", "na", "no", "dos", "das", "mais", "foi", "ao", "é", "são"));
    return Map.copyOf(m);
  }
}
