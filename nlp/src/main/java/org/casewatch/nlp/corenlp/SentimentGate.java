package org.casewatch.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casewatch.model.Claim;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.EntityMention;
import org.casewatch.model.Evidence;

/**
 * Which sentences the costly sentiment pass (shift-reduce parse and sentiment) scores.
 *
 * <p>How and why: the constituency parse that sentiment needs is the most costly step of the
 * annotator (without it the annotator ran about 2.9 times as fast as with it on every sentence),
 * and sentiment is read in two places only: the document sentiment, and the sentiment toward the
 * accused and the accuser of each claim, which {@code PartySentiments} takes from the sentences
 * that mention the party (a PERSON mention with the party's canonical name) or, for an unnamed
 * party, from the claim's evidence sentences. The gate is decided after the claim pass, so it
 * scores exactly those:
 *
 * <ul>
 *   <li>every sentence that {@code PartySentiments} reads for a claim of the document: the evidence
 *       sentences of each claim, and the sentences with an entity mention whose canonical name is
 *       the name of a claim's accused or accuser;
 *   <li>the first {@link #LEAD} sentences (the news lead), which carry the document sentiment of
 *       every document, and all of it in a document without claims.
 * </ul>
 *
 * At most {@link #MAX_SENTENCES} are scored, the lead first, then the others in document order.
 * Every other sentence has no sentence sentiment record, and the document sentiment is the
 * length-weighted mean over the scored sentences only. Gating is off ({@link #all}) in the
 * every-sentence reference variant ({@code NlpConfig.gateClaims() == false}).
 *
 * <p>An earlier gate, decided before the claim pass on cheap-pass output alone, also scored every
 * sentence with a trigger lemma and its neighbours and every sentence with a PERSON or ORGANIZATION
 * token of a document that could carry a claim; most of those documents yield no claim (6 of the 7
 * such articles of the 30-article benchmark sample), so most of that parsing fed no claim's party
 * sentiment and only moved the document sentiment away from the lead rule of all other documents.
 */
final class SentimentGate {

  /** The most sentences scored in one document: <b>60</b>. */
  static final int MAX_SENTENCES = 60;

  /**
   * How many leading sentences are scored in every document, so that it has a document sentiment:
   * <b>3</b>.
   */
  static final int LEAD = 3;

  private SentimentGate() {}

  /** Every sentence: the ungated reference. */
  static boolean[] all(List<CoreMap> sentences) {
    boolean[] gate = new boolean[sentences.size()];
    Arrays.fill(gate, true);
    return gate;
  }

  /**
   * The gate over {@code sentences} (cheap-pass sentences with character offsets) for the {@code
   * claims} the claim pass found, whose named parties are matched against the canonical names of
   * {@code entities}.
   */
  static boolean[] of(List<CoreMap> sentences, List<Claim> claims, List<EntityMention> entities) {
    int n = sentences.size();
    boolean[] gate = new boolean[n];
    int chosen = 0;
    for (int i = 0; i < Math.min(n, LEAD); i++) {
      gate[i] = true;
      chosen++;
    }
    if (claims.isEmpty()) {
      return gate;
    }
    Set<String> names = new HashSet<>();
    List<Evidence> evidence = new ArrayList<>();
    for (Claim c : claims) {
      addName(names, c.accused());
      addName(names, c.accuser());
      evidence.addAll(c.evidence());
    }
    for (int i = LEAD; i < n && chosen < MAX_SENTENCES; i++) {
      Integer begin = sentences.get(i).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = sentences.get(i).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (begin != null
          && end != null
          && (overlapsEvidence(begin, end, evidence)
              || mentionsParty(begin, end, names, entities))) {
        gate[i] = true;
        chosen++;
      }
    }
    return gate;
  }

  private static void addName(Set<String> names, ClaimParty party) {
    if (party != null && party.name() != null) {
      names.add(party.name());
    }
  }

  private static boolean overlapsEvidence(int begin, int end, List<Evidence> evidence) {
    for (Evidence e : evidence) {
      if (e.begin() < end && begin < e.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsParty(
      int begin, int end, Set<String> names, List<EntityMention> entities) {
    if (names.isEmpty()) {
      return false;
    }
    for (EntityMention m : entities) {
      if (m.begin() >= begin && m.end() <= end && names.contains(m.canonicalName())) {
        return true;
      }
    }
    return false;
  }
}
