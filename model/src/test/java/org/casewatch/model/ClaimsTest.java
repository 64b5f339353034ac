package org.casewatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsTest {

  private static final Evidence QUOTE = new Evidence("accused him of harassment", 10, 35);

  private static Claim claim(ClaimParty accused, String act, double confidence) {
    return new Claim(
        accused,
        null,
        act,
        "alleged",
        "accuser",
        null,
        "2024-03-05",
        null,
        List.of(QUOTE),
        confidence);
  }

  @Test
  void claimAcceptsTheClosedVocabulariesOnly() {
    Claim c = claim(new ClaimParty("Graham Vellacott", "Vellacott"), "sexual_harassment", 0.8);
    assertThat(c.accused().key()).isEqualTo("Graham Vellacott");
    assertThat(c.evidence()).containsExactly(QUOTE);
    assertThatThrownBy(() -> claim(new ClaimParty(null, "x"), "fraud", 0.5))
        .hasMessageContaining("act must be one of");
    assertThatThrownBy(
            () ->
                new Claim(
                    new ClaimParty(null, "her manager"),
                    null,
                    "groping",
                    "rumoured",
                    "accuser",
                    null,
                    null,
                    null,
                    List.of(QUOTE),
                    0.5))
        .hasMessageContaining("modality must be one of");
    assertThatThrownBy(() -> claim(new ClaimParty(null, "x"), "rape", 1.5))
        .hasMessageContaining("confidence must be in [0, 1]");
    assertThatThrownBy(
            () ->
                new Claim(
                    new ClaimParty(null, "x"),
                    null,
                    "rape",
                    "alleged",
                    "police",
                    null,
                    null,
                    null,
                    List.of(),
                    0.5))
        .hasMessageContaining("needs evidence");
  }

  @Test
  void anUnnamedPartyIsKeyedByItsDescription() {
    ClaimParty unnamed = new ClaimParty(" ", "a 24-year-old dancer");
    assertThat(unnamed.name()).isNull();
    assertThat(unnamed.key()).isEqualTo("a 24-year-old dancer");
    assertThatThrownBy(() -> new ClaimParty("x", " ")).hasMessageContaining("blank");
  }

  @Test
  void eventsAndSpansValidate() {
    CaseEvent e =
        new CaseEvent(
            "defamation_lawsuit",
            "2024-01-30",
            "report",
            List.of(new EventParty("Graham Vellacott", "plaintiff")),
            QUOTE,
            0.7);
    assertThat(e.parties()).extracting(EventParty::role).containsExactly("plaintiff");
    assertThatThrownBy(() -> new CaseEvent("party", null, "report", List.of(), QUOTE, 0.5))
        .hasMessageContaining("type must be one of");
    assertThatThrownBy(() -> new CaseEvent("arrest", null, "later", List.of(), QUOTE, 0.5))
        .hasMessageContaining("dateKind");
    assertThatThrownBy(() -> new CaseEvent("arrest", null, "report", List.of(), QUOTE, -1))
        .hasMessageContaining("confidence");
    assertThatThrownBy(() -> new Evidence("x", 5, 2)).hasMessageContaining("bad evidence span");
    assertThatThrownBy(() -> new EventParty(null, "r")).hasMessage("name");
  }

  @Test
  void analysisCopiesItsListsAndPartySentimentIsBounded() {
    List<Claim> claims = new ArrayList<>();
    claims.add(claim(new ClaimParty(null, "her manager"), "groping", 0.4));
    DocumentAnalysis a =
        new DocumentAnalysis(
            Annotations.none("en"),
            claims,
            List.of(),
            List.of(new PartySentiment("Graham Vellacott", "accused", -0.3, 4)));
    claims.clear();
    assertThat(a.claims()).hasSize(1);
    assertThat(DocumentAnalysis.of(Annotations.none("en")).claims()).isEmpty();
    assertThatThrownBy(() -> new PartySentiment("p", "accused", 2, 1))
        .hasMessageContaining("bad party sentiment");
    assertThatThrownBy(() -> new PartySentiment("p", "accused", 0, 0))
        .hasMessageContaining("bad party sentiment");
  }
}
