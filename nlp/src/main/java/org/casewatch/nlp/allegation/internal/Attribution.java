package org.casewatch.nlp.allegation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;
import org.casewatch.nlp.allegation.Trigger;
import org.casewatch.nlp.allegation.TriggerLexicon;

/**
 * Who asserts a claim ({@code rules/reporting.tsv}) and how firmly the document presents it.
 *
 * <p>How and why, asserted_by: the subject of a reporting verb ("police said", "the lawsuit
 * alleges") that governs the act wins; an accusation verb with the accuser as subject makes it the
 * accuser's; a sentence about a charge, a trial or a verdict is the prosecutor's or the court's;
 * otherwise it is the reporter's own account. Modality: a conviction or guilty plea confirms, a
 * retraction retracts, a denial by the accused denies; else the claim is alleged.
 */
public final class Attribution {

  private static final Map<String, String> SOURCES = new HashMap<>();

  static {
    for (String line : Resources.lines("reporting.tsv")) {
      String[] f = line.split("\t");
      SOURCES.put(f[0].strip(), f[1].strip());
    }
  }

  private Attribution() {}

  /** The source category of a source word, or null. */
  public static String sourceOf(String lemma) {
    return SOURCES.get(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * Who asserts the act at token {@code act} of {@code s}.
   *
   * @param accuser the resolved accuser, or null
   */
  public static String assertedBy(
      SentenceFacts s, int act, Party accuser, Parties parties, List<EntityMention> entities) {
    for (RoleRules.RoleMatch r : s.roles()) {
      int src = r.node("source");
      if (src < 0 || !s.dominates(r.trigger(), act)) {
        continue;
      }
      if (accuser != null && accuser.token() == src) {
        return "accuser";
      }
      String byWord = sourceOf(s.lemma(src));
      if (byWord != null) {
        return byWord;
      }
      for (EntityMention m : entities) {
        var t = s.tokens().get(src);
        if (m.type() == EntityType.ORGANIZATION
            && t.beginPosition() >= m.begin()
            && t.endPosition() <= m.end()) {
          for (String w : m.text().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (sourceOf(w) != null) {
              return sourceOf(w);
            }
          }
          return "employer";
        }
      }
    }
    for (RoleRules.RoleMatch r : s.roles()) {
      if (r.rule().equals("accuse-active")
          && accuser != null
          && r.node("accuser") == accuser.token()) {
        return "accuser";
      }
    }
    for (Trigger t : s.triggers()) {
      if (t.kind() != TriggerLexicon.Kind.EVENT) {
        continue;
      }
      switch (t.label()) {
        case "conviction", "acquittal", "sentence", "trial", "appeal" -> {
          return "court";
        }
        case "charge", "no_charges", "charges_dropped" -> {
          return "prosecutor";
        }
        case "arrest", "police_investigation", "detention" -> {
          return "police";
        }
        case "civil_lawsuit", "defamation_lawsuit" -> {
          return "lawsuit";
        }
        default -> {}
      }
    }
    return "reporter";
  }

  private static final Set<String> RETRACT = Set.of("retract", "recant");
  private static final Set<String> ALLEGATION = Set.of("allegation", "accusation");

  /** Whether {@code s} reports the retraction of an allegation. */
  public static boolean retracts(SentenceFacts s) {
    if (s.hasLemma(RETRACT)) {
      return true;
    }
    return s.hasLemma(Set.of("withdraw")) && s.hasLemma(ALLEGATION);
  }

  /** The strongest modality: confirmed, then retracted, then denied, else alleged. */
  public static String modality(boolean confirmed, boolean retracted, boolean denied) {
    if (confirmed) {
      return "confirmed_by_authority";
    }
    if (retracted) {
      return "retracted";
    }
    return denied ? "denied" : "alleged";
  }
}
