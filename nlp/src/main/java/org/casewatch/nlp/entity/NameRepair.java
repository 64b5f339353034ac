package org.casewatch.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;

/**
 * Repairs person names with a generational suffix that the 3-class recogniser splits or mistypes:
 * "Cuba Gooding Jr." comes out as LOCATION "Cuba" and two untagged tokens, "Martin Luther King Jr."
 * as PERSON "Martin Luther King" without the suffix.
 *
 * <p>How and why: one to three capitalised words followed by "Jr", "Jr.", "Sr" or "Sr." (with or
 * without a comma) are a person's name; with "II", "III" or "IV" only when one of the words is
 * already part of a PERSON mention ("World War II" is not a person). The span becomes one PERSON
 * mention, replacing the mentions it overlaps. Leading capitalised function words ("The", "By") are
 * not part of the name, nor are capitalised words before a PERSON mention inside the span ("Actor
 * Bruce Calloway Jr."). A claim's accused must be a person, so a name typed LOCATION is a missed
 * claim. Stateless.
 */
final class NameRepair {

  private static final Pattern SUFFIXED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}'’-]*),?\\s+"
              + "(Jr\\.?|Sr\\.?|II|III|IV)(?![\\p{L}\\p{N}])");
  private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
  private static final Set<String> NOT_NAMES =
      Set.of("the", "a", "an", "by", "in", "on", "at", "for", "and", "but", "of", "to", "with");

  private NameRepair() {}

  /** Whether {@code word} is a generational suffix ("Jr.", "Sr", "III"). */
  static boolean isSuffix(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return SUFFIXES.contains(w)
        || (w.endsWith(",") && SUFFIXES.contains(w.substring(0, w.length() - 1)));
  }

  /** The mentions with suffixed names repaired, in text order. */
  static List<EntityMention> repair(List<EntityMention> mentions, String text) {
    if (text == null || text.isEmpty()) {
      return mentions;
    }
    List<EntityMention> out = new ArrayList<>(mentions);
    Matcher m = SUFFIXED.matcher(text);
    boolean changed = false;
    while (m.find()) {
      int begin = m.start(1);
      String[] words = m.group(1).split("\\s+");
      int skip = 0;
      while (skip < words.length && NOT_NAMES.contains(words[skip].toLowerCase(Locale.ROOT))) {
        begin += words[skip].length();
        while (begin < text.length() && Character.isWhitespace(text.charAt(begin))) {
          begin++;
        }
        skip++;
      }
      if (skip == words.length) {
        continue;
      }
      int end = m.end(2);
      for (EntityMention e : out) {
        if (e.type() == EntityType.PERSON && e.begin() > begin && e.begin() < end) {
          begin = e.begin(); // "Actor Bruce Calloway Jr.": the name starts where the PERSON does
        }
      }
      boolean roman =
          !m.group(2).toLowerCase(Locale.ROOT).startsWith("jr")
              && !m.group(2).toLowerCase(Locale.ROOT).startsWith("sr");
      final int b = begin;
      boolean person =
          out.stream()
              .anyMatch(e -> e.type() == EntityType.PERSON && e.begin() < end && b < e.end());
      if (roman && !person) {
        continue;
      }
      if (out.stream()
          .anyMatch(e -> e.type() == EntityType.PERSON && e.begin() == b && e.end() == end)) {
        continue;
      }
      out.removeIf(e -> e.begin() < end && b < e.end());
      out.add(new EntityMention(text.substring(b, end), EntityType.PERSON, null, b, end));
      changed = true;
    }
    if (changed) {
      out.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
    }
    return changed ? out : mentions;
  }
}
