package org.casewatch.nlp.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;

/**
 * Gives every entity mention of one document the fullest name it refers to within that document.
 *
 * <p>How and why: news text introduces a person or organisation once by full name and then uses
 * short forms ("Zhou Xiaoxuan ... Ms Zhou ... Zhou"; "Northwind Holdings ... Northwind"; "British
 * Broadcasting Corporation ... BBC"). Searching and counting by entity needs one name per referent.
 * The rules, applied per entity type:
 *
 * <ul>
 *   <li>honorifics and titles at the start ({@code Mr, Mrs, Ms, Dr, Prof, Sir, ...}, with or
 *       without a full stop) are stripped, and so is a trailing possessive {@code 's};
 *   <li>a PERSON mention whose words are a proper suffix of a longer PERSON name (the surname in
 *       Western order, or middle and last names) takes that longer name; failing that, one whose
 *       words are a proper prefix (the surname in East Asian order, "Zhou" of "Zhou Xiaoxuan", or a
 *       first name used alone) does;
 *   <li>an ORGANIZATION mention whose words are a proper prefix or suffix of a longer ORGANIZATION
 *       name, or a single upper-case word spelling its initials, takes that longer name;
 *   <li>when several longer names match, the nearest one before the mention wins, else the nearest
 *       after it (a later full name still explains an earlier short form);
 *   <li>matching is case-insensitive and ignores a generational suffix of the longer name ("Jr.",
 *       "III"); LOCATION mentions only lose their possessive.
 * </ul>
 *
 * <p>{@link #assign(List, String)} first repairs names split by the recogniser ({@link NameRepair})
 * and afterwards links pseudonyms the text equates with a name ({@link Aliases}).
 *
 * <p>Longer names are resolved first, so chains ("Keller" → "Maria Keller" → "Maria Anna Keller")
 * end at the longest name. Stateless and thread-safe.
 */
public final class CanonicalNames {

  private CanonicalNames() {}

  /**
   * The mentions of {@code text} with names the 3-class recogniser splits repaired ({@link
   * NameRepair}: "Cuba Gooding Jr."), each with its canonical name set, and pseudonyms and aliases
   * the text equates with a name ("Zhou Xiaoxuan, known as Xianzi"; "X, whose real name is Y")
   * given the canonical name of the person they stand for.
   *
   * @param mentions the entity mentions of one document in text order
   * @param text the text the offsets refer to
   */
  public static List<EntityMention> assign(List<EntityMention> mentions, String text) {
    return Aliases.link(assign(NameRepair.repair(mentions, text)), text);
  }

  /**
   * The mentions, in the same order, each with its canonical name set.
   *
   * @param mentions the entity mentions of one document in text order
   */
  public static List<EntityMention> assign(List<EntityMention> mentions) {
    int n = mentions.size();
    String[][] words = new String[n][];
    for (int i = 0; i < n; i++) {
      words[i] = words(mentions.get(i));
    }
    String[] canonical = new String[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(words[b].length, words[a].length));
    for (int i : order) {
      EntityMention m = mentions.get(i);
      int target = m.type() == EntityType.LOCATION ? -1 : longerMatch(mentions, words, i);
      canonical[i] = target >= 0 ? canonical[target] : String.join(" ", words[i]);
    }
    List<EntityMention> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      EntityMention m = mentions.get(i);
      String name = canonical[i].isBlank() ? m.text() : canonical[i];
      out.add(new EntityMention(m.text(), m.type(), name, m.begin(), m.end()));
    }
    return out;
  }

  /** The index of the nearest longer mention this one abbreviates, or -1. */
  private static int longerMatch(List<EntityMention> mentions, String[][] words, int i) {
    int match = longerMatch(mentions, words, i, false);
    if (match < 0 && mentions.get(i).type() == EntityType.PERSON) {
      match = longerMatch(mentions, words, i, true);
    }
    return match;
  }

  private static int longerMatch(
      List<EntityMention> mentions, String[][] words, int i, boolean personPrefix) {
    int before = -1;
    int after = -1;
    for (int j = 0; j < mentions.size(); j++) {
      if (j == i
          || mentions.get(j).type() != mentions.get(i).type()
          || words[j].length <= words[i].length) {
        continue;
      }
      String[] longer =
          mentions.get(j).type() == EntityType.PERSON ? withoutSuffix(words[j]) : words[j];
      boolean matches =
          longer.length > words[i].length
              && (personPrefix
                  ? regionMatches(words[i], longer, 0)
                  : abbreviates(mentions.get(i).type(), words[i], longer));
      if (!matches) {
        continue;
      }
      if (j < i) {
        before = j;
      } else if (after < 0) {
        after = j;
      }
    }
    return before >= 0 ? before : after;
  }

  static boolean abbreviates(EntityType type, String[] shortName, String[] longName) {
    if (shortName.length == 0) {
      return false;
    }
    boolean suffix = regionMatches(shortName, longName, longName.length - shortName.length);
    if (type == EntityType.PERSON) {
      return suffix;
    }
    return suffix
        || regionMatches(shortName, longName, 0)
        || (shortName.length == 1 && isInitialism(shortName[0], longName));
  }

  private static boolean regionMatches(String[] shortName, String[] longName, int offset) {
    for (int k = 0; k < shortName.length; k++) {
      if (!shortName[k].equalsIgnoreCase(longName[offset + k])) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> INITIALISM_SKIP = Set.of("of", "the", "and", "for", "&");

  private static boolean isInitialism(String word, String[] longName) {
    if (word.length() < 2 || !word.equals(word.toUpperCase(Locale.ROOT))) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : longName) {
      if (!INITIALISM_SKIP.contains(w.toLowerCase(Locale.ROOT))) {
        initials.appendCodePoint(w.codePointAt(0));
      }
    }
    return initials.toString().equalsIgnoreCase(word);
  }

  /**
   * A person's name words without a generational suffix ("Jr.", "Sr.", "II", "III", "IV"), so that
   * "Gooding" abbreviates "Cuba Gooding Jr.".
   */
  static String[] withoutSuffix(String[] words) {
    int n = words.length;
    while (n > 1 && NameRepair.isSuffix(words[n - 1])) {
      n--;
    }
    return n == words.length ? words : Arrays.copyOf(words, n);
  }

  /** The words of a mention with honorifics and a trailing possessive removed. */
  static String[] words(EntityMention mention) {
    String[] raw = mention.text().trim().split("\\s+");
    List<String> words = new ArrayList<>(Arrays.asList(raw));
    words.removeIf(String::isEmpty);
    if (mention.type() == EntityType.PERSON) {
      while (words.size() > 1 && Honorifics.isHonorific(words.get(0))) {
        words.remove(0);
      }
    }
    if (!words.isEmpty()) {
      int last = words.size() - 1;
      String w = words.get(last);
      if (w.equals("'s") || w.equals("’s")) {
        words.remove(last);
      } else if (w.endsWith("'s") || w.endsWith("’s")) {
        words.set(last, w.substring(0, w.length() - 2));
      }
    }
    return words.toArray(new String[0]);
  }
}
