package org.casewatch.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.casewatch.model.Claim;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;
import org.casewatch.model.Evidence;
import org.junit.jupiter.api.Test;

/**
 * The sentiment gate on sentences with character offsets: the lead, and exactly the sentences the
 * party sentiment of the claims reads.
 */
class SentimentGateTest {

  /** Each sentence is 10 characters long: sentence {@code i} covers {@code [10 i, 10 i + 10)}. */
  private static List<CoreMap> sentences(int n) {
    List<CoreMap> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CoreMap s = new ArrayCoreMap();
      s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 10 * i);
      s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, 10 * i + 10);
      out.add(s);
    }
    return out;
  }

  private static EntityMention person(String canonical, int sentence) {
    return new EntityMention(
        "x", EntityType.PERSON, canonical, 10 * sentence + 1, 10 * sentence + 3);
  }

  private static Claim claim(ClaimParty accused, ClaimParty accuser, int... evidenceSentences) {
    List<Evidence> evidence = new ArrayList<>();
    for (int i : evidenceSentences) {
      evidence.add(new Evidence("e", 10 * i, 10 * i + 10));
    }
    return new Claim(
        accused,
        accuser,
        "sexual_harassment",
        "alleged",
        "accuser",
        null,
        null,
        null,
        evidence,
        0.8);
  }

  @Test
  void documentWithoutClaimsScoresOnlyItsLead() {
    List<EntityMention> entities = List.of(person("Maria Keller", 4), person("Tom Brandt", 6));

    assertThat(SentimentGate.of(sentences(8), List.of(), entities))
        .containsExactly(true, true, true, false, false, false, false, false);
    assertThat(SentimentGate.of(sentences(2), List.of(), entities)).containsExactly(true, true);
  }

  @Test
  void claimDocumentAddsEvidenceAndSentencesNamingAPartyButNotOtherPeople() {
    List<EntityMention> entities =
        List.of(
            person("Tom Brandt", 4),
            person("Maria Keller", 6),
            person("Anna Other", 8),
            new EntityMention("Acme", EntityType.ORGANIZATION, "Acme", 91, 95));
    Claim c =
        claim(new ClaimParty("Tom Brandt", "Brandt"), new ClaimParty("Maria Keller", "she"), 5);

    assertThat(SentimentGate.of(sentences(10), List.of(c), entities))
        .containsExactly(true, true, true, false, true, true, true, false, false, false);
  }

  @Test
  void unnamedPartiesAreReadFromTheEvidenceSentencesOnly() {
    List<EntityMention> entities = List.of(person(null, 4), person("Anna Other", 7));
    Claim c = claim(new ClaimParty(null, "her manager"), null, 4, 6);

    assertThat(SentimentGate.of(sentences(8), List.of(c), entities))
        .containsExactly(true, true, true, false, true, false, true, false);
  }

  @Test
  void atMostTheCapIsScoredAndAllIsEverySentence() {
    int n = SentimentGate.MAX_SENTENCES + 10;
    List<EntityMention> entities = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      entities.add(person("Tom Brandt", i));
    }
    Claim c = claim(new ClaimParty("Tom Brandt", "Brandt"), null, 3);

    boolean[] gate = SentimentGate.of(sentences(n), List.of(c), entities);

    int scored = 0;
    for (boolean g : gate) {
      scored += g ? 1 : 0;
    }
    assertThat(scored).isEqualTo(SentimentGate.MAX_SENTENCES);
    assertThat(gate[0]).isTrue();
    assertThat(gate[n - 1]).isFalse();
    assertThat(SentimentGate.all(sentences(4))).containsExactly(true, true, true, true);
  }
}
