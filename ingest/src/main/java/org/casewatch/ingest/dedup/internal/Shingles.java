package org.casewatch.ingest.dedup.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text normalisation and word shingles for content hashes and SimHash. */
public final class Shingles {

  private Shingles() {}

  /**
   * The text in NFKC, lower case, with every run of characters that are not letters or digits
   * (punctuation, symbols, whitespace, zero-width characters) turned into one space, stripped.
   */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfkc.length());
    boolean space = true;
    for (int i = 0; i < nfkc.length(); ) {
      int cp = nfkc.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(cp);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
  }

  /** The words of normalised text. */
  public static List<String> words(String normalised) {
    return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
  }

  /** The shingles of {@code size} consecutive words; the whole text when it is shorter. */
  public static List<String> of(List<String> words, int size) {
    List<String> shingles = new ArrayList<>();
    if (words.isEmpty()) {
      return shingles;
    }
    if (words.size() <= size) {
      shingles.add(String.join(" ", words));
      return shingles;
    }
    for (int i = 0; i + size <= words.size(); i++) {
      shingles.add(String.join(" ", words.subList(i, i + size)));
    }
    return shingles;
  }

  /** A 64-bit hash of a string: FNV-1a over its UTF-16 units, then the SplitMix64 finaliser. */
  public static long hash64(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    h ^= h >>> 31;
    return h;
  }
}
