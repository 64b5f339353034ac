package org.casewatch.nlp.eval.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * How predicted parties are matched to gold parties, and one-to-one matching of two lists.
 *
 * <p>A party is a pair (name, mention), either part null. Two parties match when some non-null side
 * of one equals some non-null side of the other after normalisation (case, accents, honorifics, a
 * leading {@code @}/{@code #}, punctuation, possessive), or one is the other's last words (a
 * surname against the full name), or both are descriptions with the same head noun (the last word:
 * "a former assistant" and "the assistant").
 */
public final class Matching {

  private static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady");

  private Matching() {}

  /** The normalised words of a name or description. */
  public static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    n =
        n.toLowerCase(Locale.ROOT)
            .replaceAll("['’]s\\b", "")
            .replaceAll("[^\\p{L}\\p{N}\\s-]", " ");
    for (String w : n.trim().split("\\s+")) {
      if (!w.isEmpty() && !(out.isEmpty() && HONORIFICS.contains(w))) {
        out.add(w);
      }
    }
    return out;
  }

  /** Whether two parties match (see the class comment). */
  public static boolean parties(String name1, String mention1, String name2, String mention2) {
    for (String a : new String[] {name1, mention1}) {
      for (String b : new String[] {name2, mention2}) {
        if (a != null && b != null && sameParty(a, b, a == name1 && b == name2)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameParty(String a, String b, boolean bothNames) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.equals(y) || isSuffix(x, y) || isSuffix(y, x)) {
      return true;
    }
    if (bothNames) {
      return false;
    }
    return head(x).equals(head(y));
  }

  private static final Set<String> HEAD_END =
      Set.of("of", "at", "in", "from", "who", "with", "for");

  /** The head noun of a description: its last word before a preposition or relative clause. */
  static String head(List<String> words) {
    int end = words.size();
    for (int i = 1; i < words.size(); i++) {
      if (HEAD_END.contains(words.get(i))) {
        end = i;
        break;
      }
    }
    String h = words.get(end - 1);
    return h.length() > 3 && h.endsWith("s") && !h.endsWith("ss")
        ? h.substring(0, h.length() - 1)
        : h;
  }

  private static boolean isSuffix(List<String> shorter, List<String> longer) {
    return shorter.size() < longer.size()
        && shorter.equals(longer.subList(longer.size() - shorter.size(), longer.size()));
  }

  /** The number of one-to-one matches between {@code predicted} and {@code gold} (greedy). */
  public static <P, G> int matches(List<P> predicted, List<G> gold, BiPredicate<P, G> match) {
    boolean[] used = new boolean[gold.size()];
    int count = 0;
    for (P p : predicted) {
      for (int i = 0; i < gold.size(); i++) {
        if (!used[i] && match.test(p, gold.get(i))) {
          used[i] = true;
          count++;
          break;
        }
      }
    }
    return count;
  }

  /** Whether two dates are equal, nulls included. */
  public static boolean dates(String a, String b) {
    return Objects.equals(a, b);
  }
}
