package org.casewatch.nlp.allegation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casewatch.model.Claim;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.EntityMention;
import org.casewatch.model.Evidence;
import org.casewatch.model.PartySentiment;
import org.casewatch.model.SentenceSentiment;

/**
 * The sentiment of a document toward the accused and the accusers of its claims: the mean score of
 * the scored sentences that mention each party (by a PERSON mention with the party's canonical
 * name, or, for an unnamed party, the claim's evidence sentences).
 */
public final class PartySentiments {

  private PartySentiments() {}

  /**
   * One entry per distinct party and role, in claim order; parties without scored sentences none.
   */
  public static List<PartySentiment> of(
      List<Claim> claims, List<EntityMention> entities, List<SentenceSentiment> sentences) {
    Map<String, PartySentiment> out = new LinkedHashMap<>();
    for (Claim c : claims) {
      add(out, c.accused(), "accused", c.evidence(), entities, sentences);
      if (c.accuser() != null) {
        add(out, c.accuser(), "accuser", c.evidence(), entities, sentences);
      }
    }
    return new ArrayList<>(out.values());
  }

  private static void add(
      Map<String, PartySentiment> out,
      ClaimParty party,
      String role,
      List<Evidence> evidence,
      List<EntityMention> entities,
      List<SentenceSentiment> sentences) {
    String key = role + "|" + party.key();
    if (out.containsKey(key)) {
      return;
    }
    double sum = 0;
    int n = 0;
    for (SentenceSentiment s : sentences) {
      if (mentions(s, party, evidence, entities)) {
        sum += s.sentiment().score();
        n++;
      }
    }
    if (n > 0) {
      out.put(key, new PartySentiment(party.key(), role, sum / n, n));
    }
  }

  private static boolean mentions(
      SentenceSentiment s,
      ClaimParty party,
      List<Evidence> evidence,
      List<EntityMention> entities) {
    if (party.name() == null) {
      return evidence.stream().anyMatch(e -> e.begin() == s.begin());
    }
    for (EntityMention m : entities) {
      if (m.begin() >= s.begin() && m.end() <= s.end() && party.name().equals(m.canonicalName())) {
        return true;
      }
    }
    return false;
  }
}
