package org.casewatch.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleMetricTest {

  @Test
  void tokensAreUnicodeWordRunsWithCaseKept() {
    assertThat(ShingleMetric.tokens("Ça va, Zoë? x_y 42—ok"))
        .containsExactly("Ça", "va", "Zoë", "x_y", "42", "ok");
  }

  @Test
  void identicalTextsScoreOne() {
    ShingleMetric m = new ShingleMetric();
    m.add("one two three four five", "one  two three, four five!");
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(1.0);
    assertThat(m.f1()).isEqualTo(1.0);
  }

  @Test
  void countsShinglesAsAMultiset() {
    // expected: a b c d e -> shingles abcd, bcde; extracted: a b c d a b c d -> abcd x2, bcda,
    // cdab, dabc.
    ShingleMetric.Counts c = ShingleMetric.counts("a b c d e", "a b c d a b c d");
    // TP 1 (abcd once), FP 4, FN 1, normalised by 6.
    assertThat(c.tp()).isCloseTo(1 / 6.0, within(1e-12));
    assertThat(c.fp()).isCloseTo(4 / 6.0, within(1e-12));
    assertThat(c.fn()).isCloseTo(1 / 6.0, within(1e-12));
  }

  @Test
  void averagesPrecisionAndRecallOverDocumentsWhereTheyAreDefined() {
    ShingleMetric m = new ShingleMetric();
    m.add("a b c d e", "a b c d"); // P 1, R 1/2
    m.add("f g h i", ""); // P undefined, R 0
    m.add("", "x y z w"); // P 0, R undefined
    assertThat(m.precision()).isCloseTo(0.5, within(1e-12));
    assertThat(m.recall()).isCloseTo(0.25, within(1e-12));
    assertThat(m.f1()).isCloseTo(2 * 0.5 * 0.25 / 0.75, within(1e-12));
  }

  @Test
  void aShortTextIsOneShingle() {
    assertThat(ShingleMetric.shingles("just three words")).hasSize(1);
    assertThat(ShingleMetric.counts("just three words", "just three words").tp()).isEqualTo(1.0);
  }
}
