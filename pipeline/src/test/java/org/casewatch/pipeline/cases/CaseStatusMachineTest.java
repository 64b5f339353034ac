package org.casewatch.pipeline.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseStatusMachineTest {

  private static String status(String... types) {
    return CaseStatusMachine.status(List.of(types));
  }

  @Test
  void demoCasesEndWhereTheirStoriesEnd() {
    // Case A: investigation, civil suit and countersuit, no charges, settlement.
    assertThat(
            status(
                "complaint_to_employer",
                "accusation",
                "denial",
                "internal_investigation",
                "suspension",
                "police_report",
                "firing",
                "police_investigation",
                "civil_lawsuit",
                "defamation_lawsuit",
                "no_charges",
                "settlement",
                "apology"))
        .isEqualTo("settled");
    // Case B: charge, trial, split verdict, sentence, appeal.
    assertThat(status("accusation", "suspension", "charge", "trial", "conviction", "acquittal"))
        .isEqualTo("convicted");
    assertThat(
            status(
                "accusation", "charge", "trial", "conviction", "acquittal", "sentence", "appeal"))
        .isEqualTo("appeal");
    // Case C: arrest, charge, charge dropped, apology.
    assertThat(
            status("accusation", "arrest", "charge", "charges_dropped", "apology", "resignation"))
        .isEqualTo("charges_dropped");
  }

  @Test
  void eachStepOfTheCriminalTrack() {
    assertThat(status()).isEqualTo("reported");
    assertThat(status("accusation", "denial")).isEqualTo("reported");
    assertThat(status("accusation", "arrest")).isEqualTo("under_investigation");
    assertThat(status("charge")).isEqualTo("charged");
    assertThat(status("charge", "trial")).isEqualTo("on_trial");
    assertThat(status("trial", "acquittal")).isEqualTo("acquitted");
    assertThat(status("police_investigation", "no_charges")).isEqualTo("charges_dropped");
    // Old news reported late does not move a case back.
    assertThat(status("charge", "trial", "arrest")).isEqualTo("on_trial");
  }

  @Test
  void aDatedLaterOutcomeOverridesAnEarlierOneButNotASplitVerdict() {
    CaseStatusMachine.Step charge = new CaseStatusMachine.Step("charge", true);
    CaseStatusMachine.Step conviction = new CaseStatusMachine.Step("conviction", true);
    CaseStatusMachine.Step dropped = new CaseStatusMachine.Step("charges_dropped", true);
    CaseStatusMachine.Step acquittal = new CaseStatusMachine.Step("acquittal", true);
    assertThat(CaseStatusMachine.statusOf(List.of(charge, conviction, dropped)))
        .isEqualTo("charges_dropped");
    assertThat(CaseStatusMachine.statusOf(List.of(charge, conviction, acquittal)))
        .isEqualTo("convicted");
    // Undated (possibly old news): only forward.
    assertThat(status("charge", "conviction", "charges_dropped")).isEqualTo("convicted");
    assertThat(
            CaseStatusMachine.statusOf(
                List.of(conviction, new CaseStatusMachine.Step("trial", true))))
        .isEqualTo("convicted");
  }

  @Test
  void anOpenCriminalCaseOutranksACivilSuit() {
    assertThat(status("charge", "civil_lawsuit")).isEqualTo("charged");
    assertThat(status("conviction", "civil_lawsuit")).isEqualTo("civil_suit");
    assertThat(status("civil_lawsuit")).isEqualTo("civil_suit");
    assertThat(status("civil_lawsuit", "police_investigation")).isEqualTo("under_investigation");
  }

  @Test
  void openCasesGoDormantOutcomesDoNot() {
    Instant last = Instant.parse("2023-01-01T00:00:00Z");
    Instant later = Instant.parse("2024-06-01T00:00:00Z");
    Duration year = Duration.ofDays(365);
    assertThat(CaseStatusMachine.status(List.of("charge"), last, later, year)).isEqualTo("dormant");
    assertThat(CaseStatusMachine.status(List.of("conviction"), last, later, year))
        .isEqualTo("convicted");
    assertThat(CaseStatusMachine.status(List.of("charge"), last, last, year)).isEqualTo("charged");
    assertThat(CaseStatusMachine.status(List.of("charge"), null, later, year)).isEqualTo("charged");
  }

  @Test
  void lifecycleRanksOrderEventsOfOneDay() {
    assertThat(CaseStatusMachine.rank("conviction")).isLessThan(CaseStatusMachine.rank("sentence"));
    assertThat(CaseStatusMachine.rank("unknown"))
        .isGreaterThan(CaseStatusMachine.rank("policy_change"));
  }

  @Test
  void configRejectsNonPositiveSilence() {
    assertThatThrownBy(() -> CaseConfig.defaults().withSilence(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CaseConfig.defaults().silence()).isEqualTo(CaseConfig.DEFAULT_SILENCE);
  }
}
