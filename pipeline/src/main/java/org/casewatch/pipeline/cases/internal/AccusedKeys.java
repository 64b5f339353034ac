package org.casewatch.pipeline.cases.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.Ids;

/**
 * The canonical keys an accused is grouped by, and the name rules that may link two keys.
 *
 * <p>A named accused has the key {@code n:<name>}: the canonical name folded by {@link
 * Ids#partyKey(String)} without leading titles ("Professor Lionel Garside" and "Lionel Garside" are
 * one key). An unnamed accused ("her manager", "the director") has the key {@code
 * d:<description>@<organisation>}: a description means nothing without its organisation, so a
 * description without one gets a key private to its document ({@code @doc:<id>}) and never joins
 * another document's claims.
 *
 * <p>Two named keys are <em>compatible</em> when one's words are the surname (last word), the first
 * word (East Asian order) or an ordered subset of the other's with the same last word ("Vellacott"
 * and "Graham Vellacott"; "Maria Keller" and "Maria Anna Keller"). Compatibility alone is a weak
 * match: it links two keys only when their organisations overlap too. Two named keys that are not
 * compatible are two different people and are never put in one case.
 */
public final class AccusedKeys {

  /** The prefix of named keys. */
  public static final String NAMED = "n:";

  /** The prefix of description keys. */
  public static final String DESCRIBED = "d:";

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
          "judge",
          "justice",
          "senator",
          "sen",
          "rep",
          "gov",
          "governor",
          "mayor",
          "minister",
          "detective",
          "officer",
          "coach",
          "chef");

  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "her", "his", "their", "its", "our", "my", "your", "this", "that");

  /** Head nouns that name the person making an allegation, never the accused. */
  private static final Set<String> ACCUSER_NOUNS =
      Set.of(
          "complainant",
          "complainants",
          "accuser",
          "accusers",
          "victim",
          "victims",
          "survivor",
          "survivors");

  /** Words that make a party name an organisation's, not a person's. */
  private static final Set<String> ORGANISATION_WORDS =
      Set.of(
          "university",
          "college",
          "school",
          "police",
          "court",
          "service",
          "council",
          "group",
          "company",
          "ltd",
          "plc",
          "inc",
          "board",
          "union",
          "department",
          "ministry",
          "office",
          "prosecution",
          "prosecutors",
          "agency",
          "committee",
          "theatre",
          "playhouse",
          "club",
          "church",
          "foundation",
          "trust",
          "bank");

  private AccusedKeys() {}

  /** The key of the accused of a claim found in {@code documentId} with {@code setting}. */
  public static String claimKey(ClaimParty accused, String setting, String documentId) {
    if (accused.name() != null) {
      String name = nameKey(accused.name());
      if (!name.isEmpty()) {
        return NAMED + name;
      }
    }
    return descriptionKey(accused.mention(), setting, documentId);
  }

  /** The key of a named party, or null when the name folds to nothing. */
  public static String namedKey(String name) {
    String n = nameKey(name);
    return n.isEmpty() ? null : NAMED + n;
  }

  /** The key of an unnamed party described by {@code mention} in {@code setting}. */
  public static String descriptionKey(String mention, String setting, String documentId) {
    String desc = strip(Ids.partyKey(mention), DETERMINERS);
    String org = organisationKey(setting);
    return DESCRIBED + desc + "@" + (org.isEmpty() ? "doc:" + documentId : org);
  }

  /**
   * The key of an event party given by name, or null when the words are a description ("the woman",
   * "a 47-year-old man") or an organisation ("University of Eastmoor") rather than a person's name:
   * an event joins a case by its accused's name only.
   */
  public static String personKey(String name) {
    if (name == null || name.isBlank() || !Character.isUpperCase(name.strip().codePointAt(0))) {
      return null;
    }
    List<String> w = words(Ids.partyKey(name));
    if (w.isEmpty() || DETERMINERS.contains(w.get(0)) || describesSomeone(w)) {
      return null;
    }
    for (String word : w) {
      if (ORGANISATION_WORDS.contains(word)) {
        return null;
      }
    }
    return namedKey(name);
  }

  private static boolean describesSomeone(List<String> words) {
    for (String word : words) {
      if (word.chars().anyMatch(Character::isDigit)
          || Set.of("he", "she", "him", "her", "they", "them", "man", "woman").contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a description names the accuser rather than an accused: its head noun is one only an
   * accuser has ("the complainant", "the alleged victim"), or it is the description an accuser of
   * the same document goes by ("the former employee" when "a former employee" made the claim).
   *
   * @param description the accused's mention
   * @param accuserDescriptions the folded accuser mentions of the document, determiners stripped
   */
  public static boolean isAccuserDescription(String description, Set<String> accuserDescriptions) {
    String folded = descriptionWords(description);
    List<String> w = words(folded);
    if (w.isEmpty()) {
      return false;
    }
    return ACCUSER_NOUNS.contains(w.get(w.size() - 1)) || accuserDescriptions.contains(folded);
  }

  /** A mention folded without its leading determiners ("The Woman" becomes {@code woman}). */
  public static String descriptionWords(String mention) {
    return strip(Ids.partyKey(mention), DETERMINERS);
  }

  /** Whether {@code key} is a description key. */
  public static boolean isDescribed(String key) {
    return key.startsWith(DESCRIBED);
  }

  /** A name folded to a key: {@link Ids#partyKey(String)} without leading titles. */
  public static String nameKey(String name) {
    return strip(Ids.partyKey(name), TITLES);
  }

  /** An organisation folded to a key, without a leading article; empty for null. */
  public static String organisationKey(String organisation) {
    return organisation == null ? "" : strip(Ids.partyKey(organisation), DETERMINERS);
  }

  /**
   * Whether a claim's mention is a form of its name ("Mr Vellacott" of "Graham Vellacott") rather
   * than a description ("the executive").
   */
  public static boolean isNameForm(String mention, String name) {
    List<String> m = words(nameKey(mention));
    List<String> n = words(nameKey(name));
    return !m.isEmpty() && n.containsAll(m);
  }

  /** Whether {@code key} is a named key. */
  public static boolean isNamed(String key) {
    return key.startsWith(NAMED);
  }

  /** The words of a named key (empty for a description key). */
  public static List<String> nameWords(String key) {
    return isNamed(key) ? words(key.substring(NAMED.length())) : List.of();
  }

  /** Whether two distinct named keys may be one person by their names alone (see class doc). */
  public static boolean compatible(String a, String b) {
    List<String> wa = nameWords(a);
    List<String> wb = nameWords(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    if (wa.equals(wb)) {
      return true;
    }
    List<String> shorter = wa.size() <= wb.size() ? wa : wb;
    List<String> longer = shorter == wa ? wb : wa;
    if (shorter.size() == longer.size()) {
      return false;
    }
    if (shorter.size() == 1) {
      String w = shorter.get(0);
      return w.equals(longer.get(longer.size() - 1)) || w.equals(longer.get(0));
    }
    return shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1))
        && isSubsequence(shorter, longer);
  }

  /** Whether two organisation sets share an organisation (one name a word prefix of the other). */
  public static String sharedOrganisation(Collection<String> a, Collection<String> b) {
    String best = null;
    for (String x : a) {
      for (String y : b) {
        List<String> wx = words(x);
        List<String> wy = words(y);
        if (wx.isEmpty() || wy.isEmpty()) {
          continue;
        }
        boolean prefix =
            wx.size() <= wy.size()
                ? wy.subList(0, wx.size()).equals(wx)
                : wx.subList(0, wy.size()).equals(wy);
        if (prefix) {
          String shared = wx.size() >= wy.size() ? x : y;
          if (best == null || shared.compareTo(best) < 0) {
            best = shared;
          }
        }
      }
    }
    return best;
  }

  static List<String> words(String s) {
    return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(" "));
  }

  private static boolean isSubsequence(List<String> shorter, List<String> longer) {
    int i = 0;
    for (String w : longer) {
      if (i < shorter.size() && shorter.get(i).equals(w)) {
        i++;
      }
    }
    return i == shorter.size();
  }

  private static String strip(String folded, Set<String> leading) {
    List<String> w = new ArrayList<>(words(folded));
    while (w.size() > 1 && leading.contains(w.get(0))) {
      w.remove(0);
    }
    return String.join(" ", w);
  }
}
