package org.casewatch.nlp.allegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewatch.nlp.allegation.internal.Resources;
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
  void eventsSaidInOtherWords() {
    assertThat(labels("I/PRP/I am/VBP/be sorry/JJ/sorry")).containsExactly("EVENT:apology");
    assertThat(labels("the/DT/the allegations/NNS/allegation were/VBD/be untrue/JJ/untrue"))
        .containsExactly("EVENT:denial");
    assertThat(labels("a/DT/a jury/NN/jury heard/VBD/hear")).containsExactly("EVENT:trial");
    assertThat(labels("he/PRP/he told/VBD/tell the/DT/the jury/NN/jury"))
        .containsExactly("EVENT:trial");
    assertThat(
            labels(
                "it/PRP/it accepted/VBD/accept the/DT/the report/NN/report 's/POS/'s"
                    + " recommendations/NNS/recommendation"))
        .containsExactly("EVENT:policy_change");
    assertThat(labels("priest/NN/priest removed/VBN/remove from/IN/from ministry/NN/ministry"))
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

  /** The tagged sentences of the tests above: each must give the same triggers both ways. */
  private static final List<String> SENTENCES =
      List.of(
          "he/PRP/he sexually/RB/sexually assaulted/VBD/assault her/PRP/she",
          "child/NN/child sexual/JJ/sexual abuse/NN/abuse",
          "indecent/JJ/indecent exposure/NN/exposure",
          "quid/NN/quid pro/FW/pro quo/FW/quo",
          "he/PRP/he touched/VBD/touch them/PRP/they",
          "he/PRP/he touched/VBD/touch on/IN/on the/DT/the issue/NN/issue",
          "they/PRP/they kept/VBD/keep in/IN/in touch/NN/touch",
          "he/PRP/he raped/VBD/rape her/PRP/she",
          "a/DT/a spokesperson/NN/spokesperson said/VBD/say",
          "he/PRP/he said/VBD/say in/IN/in a/DT/a statement/NN/statement",
          "four/CD/four priests/NNS/priest on/IN/on leave/NN/leave",
          "he/PRP/he assaulted/VBD/assault a/DT/a bouncer/NN/bouncer",
          "harassment/NN/harassment training/NN/training",
          "police/NNS/police took/VBD/take no/DT/no further/JJ/further action/NN/action",
          "the/DT/the charges/NNS/charge were/VBD/be dropped/VBN/drop",
          "he/PRP/he was/VBD/be found/VBN/find not/RB/not guilty/JJ/guilty",
          "he/PRP/he pleaded/VBD/plead not/RB/not guilty/JJ/guilty to/TO/to rape/NN/rape",
          "#MeToo/NN/#metoo accuser/NN/accuser says/VBZ/say she/PRP/she was/VBD/be RAPED/VBN/RAPE",
          "Actor/NNP/Actor ACCUSED/NNP/ACCUSED Of/IN/of Sexual/NNP/Sexual Harassment/NNP/Harassment");

  private static List<String> both(TriggerLexicon lexicon, List<CoreLabel> tokens) {
    List<String> with = lexicon.match(tokens, true).stream().map(Trigger::toString).toList();
    List<String> without = lexicon.match(tokens, false).stream().map(Trigger::toString).toList();
    assertThat(with).as("prefiltered vs every line").isEqualTo(without);
    return with;
  }

  @Test
  void theAnchorPrefilterNeverSkipsALineThatWouldMatch() {
    TriggerLexicon lexicon = TriggerLexicon.standard();
    int matched = 0;
    for (String s : SENTENCES) {
      matched += both(lexicon, tokens(s)).isEmpty() ? 0 : 1;
    }
    assertThat(matched).isGreaterThan(SENTENCES.size() / 2);
  }

  /**
   * Random sentences built from the literal words of every line of {@code rules/triggers.tsv} (one
   * alternative per node, in pattern order, with random case, fillers, tags and dropped nodes), so
   * that each line matches and nearly matches many times: the prefiltered and the unfiltered match
   * must agree on every one.
   */
  @Test
  void thePrefilterAgreesWithEveryLineOnRandomTriggerSentences() {
    TriggerLexicon lexicon = TriggerLexicon.standard();
    Pattern node = Pattern.compile("(?:lemma|word):(?:/([^/]*)/|(\\w+))|\\[\\]");
    List<List<List<String>>> phrases = new ArrayList<>();
    for (String line : Resources.lines("triggers.tsv")) {
      List<List<String>> phrase = new ArrayList<>();
      Matcher m = node.matcher(line.split("\t")[3]);
      while (m.find()) {
        String alts = m.group(1) != null ? m.group(1) : m.group(2);
        phrase.add(alts == null ? List.of() : List.of(alts.replace("#?", "#").split("\\|")));
      }
      phrases.add(phrase);
    }
    String[] tags = {"VB", "VBD", "VBN", "NN", "NNS", "NNP", "PRP", "JJ", "RB", "IN", "DT"};
    String[] fillers = {"the", "not", "to", "her", "him", "them", "on", "no", "was", "Police"};
    Random random = new Random(20261128L);
    int matched = 0;
    for (int n = 0; n < 3000; n++) {
      StringBuilder s = new StringBuilder();
      int parts = 1 + random.nextInt(3);
      for (int p = 0; p < parts; p++) {
        for (List<String> alternatives : phrases.get(random.nextInt(phrases.size()))) {
          if (random.nextInt(8) == 0) {
            continue;
          }
          String w =
              alternatives.isEmpty()
                  ? fillers[random.nextInt(fillers.length)]
                  : alternatives.get(random.nextInt(alternatives.size()));
          w = w.replaceAll("^#(?=.)", random.nextBoolean() ? "#" : "");
          w =
              switch (random.nextInt(4)) {
                case 0 -> w.toUpperCase(Locale.ROOT);
                case 1 -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
                default -> w;
              };
          String lemma = random.nextInt(5) == 0 ? fillers[random.nextInt(fillers.length)] : w;
          s.append(s.length() == 0 ? "" : " ")
              .append(w)
              .append('/')
              .append(tags[random.nextInt(tags.length)])
              .append('/')
              .append(lemma);
        }
      }
      if (s.length() > 0) {
        matched += both(lexicon, tokens(s.toString())).isEmpty() ? 0 : 1;
      }
    }
    assertThat(matched).isGreaterThan(1000);
  }

  @Test
  void malformedLinesAreRejected() {
    assertThatThrownBy(() -> TriggerLexicon.parse(List.of("ACT\trape")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TriggerLexicon.parse(List.of("ACT\trape\trape\t[{lemma:rape")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
