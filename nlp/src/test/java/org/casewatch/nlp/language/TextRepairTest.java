package org.casewatch.nlp.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRepairTest {

  @Test
  void byteEscapesBecomeSpacesAndTheApostropheSurvives() {
    String tweet = "Interview with Axl Rose2\\x80\\x99s first #metoo accuser";
    String repaired = TextRepair.repair(tweet);
    assertThat(repaired).hasSameSizeAs(tweet);
    assertThat(repaired).isEqualTo("Interview with Axl Rose        's first #metoo accuser");
  }

  @Test
  void emojiEscapesLineBreaksAndEntitiesKeepTheLength() {
    String tweet = "Spineless \\0\\x9f\\x98\\x91 Bollywood\\nhttps://t.co/x M&amp;G";
    String repaired = TextRepair.repair(tweet);
    assertThat(repaired).hasSameSizeAs(tweet);
    assertThat(repaired).doesNotContain("\\").contains("Bollywood  https").endsWith("M&    G");
  }

  @Test
  void cleanTextIsReturnedAsIs() {
    String text = "A plain sentence with a path C:/x and 5 & 6.";
    assertThat(TextRepair.repair(text)).isSameAs(text);
    assertThat(TextRepair.repair(null)).isNull();
  }
}
