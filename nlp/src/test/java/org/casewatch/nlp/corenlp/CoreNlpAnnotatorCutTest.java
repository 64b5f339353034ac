package org.casewatch.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorCutTest {

  @Test
  void shortTextIsUnchanged() {
    assertThat(CoreNlpAnnotator.cut("abc def", 100)).isEqualTo("abc def");
  }

  @Test
  void cutsAtTheLastWhitespaceBeforeTheCap() {
    assertThat(CoreNlpAnnotator.cut("alpha beta gamma", 13)).isEqualTo("alpha beta");
  }

  @Test
  void cutsHardWhenThereIsNoWhitespace() {
    String text = "x".repeat(1000);
    assertThat(CoreNlpAnnotator.cut(text, 500)).hasSize(500);
  }

  @Test
  void neverSplitsASurrogatePair() {
    String text = "x".repeat(500) + "😀" + "y".repeat(500);
    String cut = CoreNlpAnnotator.cut(text, 501);
    assertThat(cut).isEqualTo("x".repeat(500));
  }
}
