package org.casewatch.nlp.allegation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandleNamesTest {

  @Test
  void handlesAndHashtagsThatSpellTwoOrThreeWordsAreNames() {
    assertThat(Parties.handleName("@luv_ranjan")).isEqualTo("Luv Ranjan");
    assertThat(Parties.handleName("#MattLauer")).isEqualTo("Matt Lauer");
    assertThat(Parties.handleName("@brendan_mcneill")).isEqualTo("Brendan Mcneill");
  }

  @Test
  void campaignTagsOutletsAndWordsAreNot() {
    assertThat(Parties.handleName("#MeToo")).isNull();
    assertThat(Parties.handleName("#metoo")).isNull();
    assertThat(Parties.handleName("@nytimes")).isNull();
    assertThat(Parties.handleName("#NBCNews")).isNull();
    assertThat(Parties.handleName("#MSNBC2")).isNull();
    assertThat(Parties.handleName("Matt")).isNull();
    assertThat(Parties.handleName(null)).isNull();
  }
}
