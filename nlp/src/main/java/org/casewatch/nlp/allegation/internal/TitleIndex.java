package org.casewatch.nlp.allegation.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;

/**
 * Which person each role noun of a document stands for: "chief operating officer Graham Vellacott",
 * "Professor Lionel Garside" and "Imogen Tarrant, 29, a former executive assistant" tie "officer",
 * "professor" and "assistant" to those names.
 *
 * <p>How and why: a later "the executive" or "the professor" can then be linked to the full name
 * when exactly one person of the document carries that noun, which is the confident case; two
 * candidates leave the description unnamed. Built from cheap-pass tokens only (no parse needed):
 * the noun right before a name, and the head noun of an appositive right after it.
 */
public final class TitleIndex {

  private final Map<String, Set<String>> names = new HashMap<>();

  /** Indexes the titles of the PERSON mentions of a document. */
  public TitleIndex(List<CoreMap> sentences, List<EntityMention> entities) {
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens == null) {
        continue;
      }
      for (EntityMention m : entities) {
        if (m.type() != EntityType.PERSON) {
          continue;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
          CoreLabel t = tokens.get(i);
          if (t.beginPosition() >= m.begin() && t.endPosition() <= m.end()) {
            first = first < 0 ? i : first;
            last = i;
          }
        }
        if (first < 0) {
          continue;
        }
        if (first > 0 && isNoun(tokens.get(first - 1))) {
          add(tokens.get(first - 1), m.canonicalName());
        } else if (first > 1 && ",".equals(tokens.get(first - 1).word())) {
          // "the artistic director of the Quayside Playhouse, Rafe Dunstable"
          for (int i = first - 2; i >= Math.max(0, first - 10); i--) {
            CoreLabel t = tokens.get(i);
            if (isNoun(t) && Parties.isPersonNoun(t.lemma() == null ? t.word() : t.lemma())) {
              add(t, m.canonicalName());
            }
            String tag = t.tag() == null ? "" : t.tag();
            if (tag.startsWith("VB") || tag.equals(",") || tag.equals(".")) {
              break;
            }
          }
        }
        appositive(tokens, last + 1, m.canonicalName());
      }
    }
  }

  private void appositive(List<CoreLabel> tokens, int from, String name) {
    int i = from;
    while (i < tokens.size()
        && (",".equals(tokens.get(i).word()) || "CD".equals(tokens.get(i).tag()))) {
      i++;
    }
    if (i == from
        || i >= tokens.size()
        || !"DT".equals(tokens.get(i).tag()) && !"PRP$".equals(tokens.get(i).tag())) {
      return;
    }
    CoreLabel head = null;
    for (i = i + 1; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String tag = t.tag() == null ? "" : t.tag();
      if (tag.startsWith("NN") && !tag.startsWith("NNP")) {
        head = t;
      } else if (!(tag.startsWith("JJ")
          || tag.startsWith("NNP")
          || tag.equals("VBG")
          || tag.equals("POS")
          || tag.equals("HYPH")
          || tag.equals("CD"))) {
        break;
      }
    }
    if (head != null) {
      add(head, name);
    }
  }

  private static boolean isNoun(CoreLabel t) {
    String tag = t.tag();
    return tag != null && tag.startsWith("NN") && t.word().chars().allMatch(Character::isLetter);
  }

  private void add(CoreLabel noun, String name) {
    String key = (noun.lemma() != null ? noun.lemma() : noun.word()).toLowerCase(Locale.ROOT);
    names.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(name);
  }

  /** The one name tied to {@code nounLemma}, or null when none or several are. */
  public String uniqueName(String nounLemma) {
    Set<String> set = names.get(nounLemma.toLowerCase(Locale.ROOT));
    return set != null && set.size() == 1 ? set.iterator().next() : null;
  }
}
