package org.casewatch.nlp.allegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.Claim;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.Evidence;
import org.junit.jupiter.api.Test;

class ClaimRecordTest {

  private static final List<Evidence> EVIDENCE = List.of(new Evidence("He groped her.", 0, 14));

  @Test
  void aPartyIsKnownByItsNameElseItsMention() {
    assertThat(new ClaimParty("Peter Holt", "Mr Holt").key()).isEqualTo("Peter Holt");
    assertThat(new ClaimParty(" ", "her manager").key()).isEqualTo("her manager");
  }

  @Test
  void claimsRejectValuesOutsideTheirLists() {
    ClaimParty accused = new ClaimParty("Peter Holt", "Peter Holt");
    assertThatThrownBy(
            () ->
                new Claim(
                    accused, null, "fraud", "alleged", "police", null, null, null, EVIDENCE, 0.5))
        .hasMessageContaining("act");
    assertThatThrownBy(
            () ->
                new Claim(
                    accused, null, "groping", "alleged", "police", null, null, null, List.of(),
                    0.5))
        .hasMessageContaining("evidence");
    assertThatThrownBy(
            () ->
                new Claim(
                    accused, null, "groping", "alleged", "police", null, null, null, EVIDENCE, 1.5))
        .hasMessageContaining("confidence");
    assertThatThrownBy(
            () -> new CaseEvent("party", null, "report", List.of(), EVIDENCE.get(0), 0.5))
        .hasMessageContaining("type");
  }
}
