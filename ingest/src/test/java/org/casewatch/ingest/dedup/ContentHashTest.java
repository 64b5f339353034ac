package org.casewatch.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

  @Test
  void ignoresCaseSpacingPunctuationAndCompatibilityForms() {
    String a = ContentHash.of("The court heard 3 claims.\n\nShe said: \"No.\"");
    assertThat(ContentHash.of("the court   heard ３ claims she said no")).isEqualTo(a);
    assertThat(ContentHash.of("  THE COURT HEARD 3 CLAIMS — SHE SAID, NO!  ")).isEqualTo(a);
    assertThat(a).hasSize(32).matches("[0-9a-f]{32}");
  }

  @Test
  void anyWordChangesTheHash() {
    assertThat(ContentHash.of("The court heard 3 claims"))
        .isNotEqualTo(ContentHash.of("The court heard 4 claims"))
        .isNotEqualTo(ContentHash.of("The court heard 3 claim"));
  }

  @Test
  void emptyAndNullHashAlike() {
    assertThat(ContentHash.of(null))
        .isEqualTo(ContentHash.of(""))
        .isEqualTo(ContentHash.of(" ... "));
  }
}
