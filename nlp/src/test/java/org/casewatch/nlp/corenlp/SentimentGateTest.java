package org.casewatch.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.casewatch.nlp.allegation.TriggerLexicon;
import org.junit.jupiter.api.Test;

/** The sentiment gate on cheap-pass-shaped sentences, with the real trigger lexicon. */
class SentimentGateTest {

  /** A sentence from "word/lemma/NER" triples. */
  private static CoreMap sentence(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String triple : tagged.split(" ")) {
      String[] f = triple.split("/");
      CoreLabel l = new CoreLabel();
      l.setWord(f[0]);
      l.setValue(f[0]);
      l.setLemma(f[1]);
      l.setNER(f[2]);
      tokens.add(l);
    }
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return s;
  }

  private static final CoreMap PLAIN = sentence("the/the/O weather/weather/O was/be/O mild/mild/O");

  private static boolean[] gate(List<CoreMap> sentences) {
    return SentimentGate.of(sentences, TriggerLexicon.standard());
  }

  @Test
  void entityAndClaimSentencesWithNeighboursPassFarPlainSentencesDoNot() {
    List<CoreMap> doc =
        List.of(
            sentence("Maria/Maria/PERSON Keller/Keller/PERSON spoke/speak/O ./././O"),
            PLAIN,
            PLAIN,
            PLAIN,
            PLAIN,
            sentence("he/he/O harassed/harass/O her/she/O ./././O"),
            PLAIN,
            PLAIN,
            sentence("Northwind/Northwind/ORGANIZATION grew/grow/O"),
            PLAIN,
            sentence("it/it/O rained/rain/O in/in/O London/London/LOCATION"));

    assertThat(gate(doc))
        .containsExactly(true, false, false, false, true, true, true, false, true, false, false);
  }

  @Test
  void documentThatCannotCarryAClaimScoresOnlyItsLead() {
    // "charge" is an event anchor and Acme an organisation, but the document has none of the
    // document-gate lemmas: no claim, no event, no party sentiment, so only the lead is scored.
    List<CoreMap> doc =
        List.of(
            PLAIN,
            PLAIN,
            PLAIN,
            sentence("the/the/O charge/charge/O was/be/O small/small/O"),
            sentence("Acme/Acme/ORGANIZATION grew/grow/O"));

    assertThat(gate(doc)).containsExactly(true, true, true, false, false);
  }

  @Test
  void claimDocumentWithNothingElseToGateScoresItsLead() {
    List<CoreMap> doc =
        List.of(
            PLAIN,
            PLAIN,
            PLAIN,
            PLAIN,
            sentence("sexual/sexual/O topics/topic/O were/be/O raised/raise/O"));

    boolean[] gate = gate(doc);
    assertThat(gate[0] && gate[1] && gate[2]).isTrue();
    assertThat(gate[3]).isFalse();
  }

  @Test
  void atMostTheCapIsScoredAndAllIsEverySentence() {
    List<CoreMap> doc = new ArrayList<>();
    doc.add(sentence("he/he/O harassed/harass/O her/she/O"));
    for (int i = 0; i < SentimentGate.MAX_SENTENCES + 10; i++) {
      doc.add(sentence("Maria/Maria/PERSON spoke/speak/O"));
    }
    boolean[] gate = gate(doc);
    int scored = 0;
    for (boolean g : gate) {
      scored += g ? 1 : 0;
    }
    assertThat(scored).isEqualTo(SentimentGate.MAX_SENTENCES);
    assertThat(gate[doc.size() - 1]).isFalse();
    assertThat(SentimentGate.all(doc)).doesNotContain(false);
  }
}
