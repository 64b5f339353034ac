package org.casewatch.nlp.allegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.Claim;
import org.casewatch.nlp.allegation.internal.Attribution;
import org.casewatch.nlp.allegation.internal.Resources;
import org.casewatch.nlp.allegation.internal.RoleRules;
import org.junit.jupiter.api.Test;

class RulesTest {

  @Test
  void everyRoleRuleCompilesAndNamesATrigger() {
    assertThat(RoleRules.standard()).isNotNull();
    assertThatThrownBy(() -> RoleRules.parse(List.of("bad\t{lemma:sue} >nsubj {}=accused")))
        .hasMessageContaining("trigger");
  }

  @Test
  void everyLexiconLabelIsAModelValue() {
    for (String line : Resources.lines("triggers.tsv")) {
      String[] f = line.split("\t");
      if (f[0].equals("ACT")) {
        assertThat(Claim.ACTS).as(line).contains(f[1]);
      } else {
        assertThat(CaseEvent.TYPES).as(line).contains(f[1]);
      }
    }
  }

  @Test
  void everySourceCategoryIsAModelValue() {
    for (String line : Resources.lines("reporting.tsv")) {
      assertThat(Claim.SOURCES).as(line).contains(line.split("\t")[1]);
    }
    assertThat(Attribution.sourceOf("Prosecutors")).isNull();
    assertThat(Attribution.sourceOf("prosecutor")).isEqualTo("prosecutor");
    assertThat(Attribution.sourceOf("sources")).isEqualTo("unnamed_source");
  }

  @Test
  void modalityTakesTheStrongestStatus() {
    assertThat(Attribution.modality(true, true, true)).isEqualTo("confirmed_by_authority");
    assertThat(Attribution.modality(false, true, true)).isEqualTo("retracted");
    assertThat(Attribution.modality(false, false, true)).isEqualTo("denied");
    assertThat(Attribution.modality(false, false, false)).isEqualTo("alleged");
  }
}
