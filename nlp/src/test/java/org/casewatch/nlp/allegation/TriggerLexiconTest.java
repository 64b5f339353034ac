package org.casewatch.nlp.allegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

  /** Tokens from "word/TAG/lemma" triples. */
  static List<CoreLabel> tokens(String tagged) {
    List<CoreLabel> out = new ArrayList<>();
    for (String triple : tagged.split(" ")) {
      String[] f = triple.split("/");
      CoreLabel l = new CoreLabel();
      l.setWord(f[0]);
      l.setValue(f[0]);
      l.setTag(f[1]);
      l.setLemma(f[2]);
      out.add(l);
    }
    return out;
  }

  private static List<String> labels(String tagged) {
    return TriggerLexicon.standard().match(tokens(tagged)).stream()
        .map(t -> t.kind() + ":" + t.label())
        .toList();
  }

  @Test
  void specificActsWinOverGeneralOnes() {
    assertThat(labels("he/PRP/he sexually/RB/sexually assaulted/VBD/assault her/PRP/she"))
        .containsExactly("ACT:sexual_assault");
    assertThat(labels("child/NN/child sexual/JJ/sexual abuse/NN/abuse"))
        .containsExactly("ACT:child_sexual_abuse");
    assertThat(labels("indecent/JJ/indecent exposure/NN/exposure"))
        .containsExactly("ACT:indecent_exposure");
    assertThat(labels("quid/NN/quid pro/FW/pro quo/FW/quo")).containsExactly("ACT:coercion");
  }

  @Test
  void aBareTouchIsGropingOnlyAsAVerbOnAPerson() {
    assertThat(labels("he/PRP/he touched/VBD/touch them/PRP/they")).containsExactly("ACT:groping");
    assertThat(labels("he/PRP/he touched/VBD/touch on/IN/on the/DT/the issue/NN/issue")).isEmpty();
    assertThat(labels("they/PRP/they kept/VBD/keep in/IN/in touch/NN/touch")).isEmpty();
  }

  @Test
  void theWeakFlagIsParsedAndOnlyForActs() {
    assertThat(
            TriggerLexicon.standard()
                .match(tokens("he/PRP/he touched/VBD/touch them/PRP/they"))
                .get(0)
                .weak())
        .isTrue();
    assertThat(
            TriggerLexicon.standard()
                .match(tokens("he/PRP/he raped/VBD/rape her/PRP/she"))
                .get(0)
                .weak())
        .isFalse();
    TriggerLexicon weak =
        TriggerLexicon.parse(List.of("ACT\tgroping\tpat\t[{lemma:pat}]\tsexctx, weak"));
    Trigger t = weak.match(tokens("he/PRP/he patted/VBD/pat her/PRP/she")).get(0);
    assertThat(t.weak()).isTrue();
    assertThat(t.needsSexualContext()).isTrue();
    assertThatThrownBy(
            () -> TriggerLexicon.parse(List.of("EVENT\tarrest\tarrest\t[{lemma:arrest}]\tweak")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only ACT");
    assertThatThrownBy(
            () -> TriggerLexicon.parse(List.of("ACT\trape\trape\t[{lemma:rape}]\tstrong")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown trigger flag");
  }

  @Test
  void aStatementIsASpokespersonSpeakingNotTheNoun() {
    assertThat(labels("a/DT/a spokesperson/NN/spokesperson said/VBD/say"))
        .containsExactly("EVENT:statement");
    assertThat(labels("he/PRP/he said/VBD/say in/IN/in a/DT/a statement/NN/statement")).isEmpty();
    assertThat(labels("four/CD/four priests/NNS/priest on/IN/on leave/NN/leave"))
        .containsExactly("EVENT:suspension");
  }

  @Test
  void aBareAssaultIsNoSexualAct() {
    assertThat(labels("he/PRP/he assaulted/VBD/assault a/DT/a bouncer/NN/bouncer")).isEmpty();
  }

  @Test
  void ambiguousWordsNeedSexualContext() {
    List<Trigger> t =
        TriggerLexicon.standard().match(tokens("harassment/NN/harassment training/NN/training"));
    assertThat(t).singleElement().satisfies(x -> assertThat(x.needsSexualContext()).isTrue());
  }

  @Test
  void eventPhrasesAreMatchedBeforeTheirWords() {
    assertThat(
            labels("police/NNS/police took/VBD/take no/DT/no further/JJ/further action/NN/action"))
        .containsExactly("EVENT:no_charges");
    assertThat(labels("the/DT/the charges/NNS/charge were/VBD/be dropped/VBN/drop"))
        .containsExactly("EVENT:charges_dropped");
    assertThat(labels("he/PRP/he was/VBD/be found/VBN/find not/RB/not guilty/JJ/guilty"))
        .containsExactly("EVENT:acquittal");
  }

  @Test
  void theGateLooksAtLemmasOnly() {
    assertThat(
            TriggerLexicon.standard()
                .gates(tokens("Police/NNS/police arrested/VBD/arrest him/PRP/he")))
        .isTrue();
    assertThat(
            TriggerLexicon.standard().gates(tokens("the/DT/the budget/NN/budget passed/VBD/pass")))
        .isFalse();
  }

  @Test
  void malformedLinesAreRejected() {
    assertThatThrownBy(() -> TriggerLexicon.parse(List.of("ACT\trape")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TriggerLexicon.parse(List.of("ACT\trape\trape\t[{lemma:rape")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
