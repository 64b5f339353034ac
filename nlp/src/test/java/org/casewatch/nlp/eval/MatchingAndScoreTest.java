package org.casewatch.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.casewatch.nlp.eval.internal.Csv;
import org.casewatch.nlp.eval.internal.Matching;
import org.junit.jupiter.api.Test;

class MatchingAndScoreTest {

  @Test
  void namesMatchWithoutCaseHonorificsOrHashSigns() {
    assertThat(Matching.parties("Graham Vellacott", "Mr Vellacott", null, "VELLACOTT")).isTrue();
    assertThat(Matching.parties(null, "#Weinstein", "Harvey Weinstein", null)).isTrue();
    assertThat(Matching.parties("Graham Vellacott", null, "Imogen Tarrant", null)).isFalse();
  }

  @Test
  void descriptionsMatchOnTheirHeadNoun() {
    assertThat(Matching.parties(null, "a former assistant", null, "the assistant")).isTrue();
    assertThat(
            Matching.parties(
                null, "A former employee of Corvane Shipping Group", null, "a former employee"))
        .isTrue();
    assertThat(Matching.parties(null, "a former student", null, "a former employee")).isFalse();
  }

  @Test
  void matchingIsOneToOne() {
    assertThat(Matching.matches(List.of("a", "a"), List.of("a"), String::equals)).isEqualTo(1);
  }

  @Test
  void scoresFollowTheDefinitions() {
    Score s = new Score(8, 2, 4);
    assertThat(s.precision()).isCloseTo(0.8, within(1e-9));
    assertThat(s.recall()).isCloseTo(8.0 / 12, within(1e-9));
    assertThat(s.f1()).isCloseTo(2 * 0.8 * (8.0 / 12) / (0.8 + 8.0 / 12), within(1e-9));
    assertThat(new Score(0, 0, 0).f1()).isEqualTo(1.0);
    assertThat(s.plus(new Score(1, 1, 1))).isEqualTo(new Score(9, 3, 5));
  }

  @Test
  void csvHandlesQuotesAndLineBreaks() throws IOException {
    List<List<String>> rows =
        Csv.read(new java.io.BufferedReader(new StringReader("a,b\n\"x, \"\"y\"\"\",\"1\n2\"\n")));
    assertThat(rows).containsExactly(List.of("a", "b"), List.of("x, \"y\"", "1\n2"));
  }
}
