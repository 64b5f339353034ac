package org.casewatch.pipeline.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casewatch.pipeline.cases.Records.party;

import java.util.ArrayList;
import java.util.List;
import org.casewatch.model.AllegationCase;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventRecord;
import org.casewatch.pipeline.cases.internal.CaseBuilder;
import org.casewatch.pipeline.cases.internal.CaseContext;
import org.junit.jupiter.api.Test;

class CaseContextTest {

  private static List<ClaimRecord> claims(Records... docs) {
    List<ClaimRecord> out = new ArrayList<>();
    for (Records d : docs) {
      out.addAll(d.claims);
    }
    return out;
  }

  private static List<EventRecord> events(Records... docs) {
    List<EventRecord> out = new ArrayList<>();
    for (Records d : docs) {
      out.addAll(d.events);
    }
    return out;
  }

  private static Records saying(String name, String date, String text) {
    return Records.doc(name, "news.example", date)
        .claimSaying("Rafe Dunstable", "Dunstable", "sexual_assault", null, null, null, text);
  }

  @Test
  void aCountryNamedInTwoDocumentsOrAloneIsTheCasesCountry() {
    Records one = saying("c1", "2024-05-21", "The Crown Prosecution Service said he was charged.");
    Records two = saying("c2", "2024-09-10", "He will appear at Eastmoor Crown Court.");
    Records abroad = saying("c3", "2024-10-01", "He has since moved to New York.");
    // One country, one document: kept.
    assertThat(CaseContext.countries(claims(one), List.of())).containsExactly("GB");
    // Two countries named once each say nothing.
    assertThat(CaseContext.countries(claims(one, abroad), List.of())).isEmpty();
    // Named in two documents: kept; the other, named once, is not.
    assertThat(CaseContext.countries(claims(one, two, abroad), List.of())).containsExactly("GB");
    // Events count too: their sentence and their parties' names.
    Records event =
        Records.doc("c4", "other.example", "2024-10-02")
            .event("arrest", "2024-10-01", party("NYPD", "authority"));
    assertThat(CaseContext.countries(claims(one, two, abroad), events(event)))
        .containsExactly("GB", "US");
  }

  @Test
  void placesAreWholeNamesLongestFirstAndNeverPeople() {
    assertThat(
            CaseContext.countries(
                claims(saying("d1", "2024-01-01", "in Northern Ireland")), List.of()))
        .containsExactly("GB");
    assertThat(
            CaseContext.countries(
                claims(saying("d2", "2024-01-01", "in New South Wales")), List.of()))
        .containsExactly("AU");
    // A person named like a place, a demonym, words inside words: nothing.
    assertThat(
            CaseContext.countries(
                claims(
                    saying(
                        "d3",
                        "2024-01-01",
                        "Jordan Paris, a British chef, said the UKIP leader and Chinatown's")),
                List.of()))
        .isEmpty();
  }

  @Test
  void theSectorIsWhatMostClaimsSettingsAndMentionsSay() {
    Records playhouse =
        Records.doc("s1", "news.example", "2024-02-13")
            .claim(
                "Rafe Dunstable",
                "the theatre's artistic director",
                "sexual_assault",
                "Quayside Playhouse");
    Records university =
        Records.doc("s2", "news.example", "2023-09-05")
            .claim(
                "Lionel Garside",
                "Professor Garside",
                "sexual_assault",
                "University of Eastmoor School of Music")
            .claim("Lionel Garside", "Garside", "sexual_harassment", "University of Eastmoor")
            .claim("Lionel Garside", "the composer", "sexual_assault", null);
    Records shipping =
        Records.doc("s3", "news.example", "2023-03-14")
            .claim(
                "Graham Vellacott",
                "chief operating officer Graham Vellacott",
                "sexual_harassment",
                "Corvane Shipping Group");
    Records nothing =
        Records.doc("s4", "news.example", "2023-03-14")
            .claim("Ann Lee", "Ann Lee", "sexual_harassment", "Eastmoor Police");
    assertThat(CaseContext.sector(claims(playhouse))).isEqualTo("entertainment");
    // The university outweighs the school of music; "the composer" is one vote of three.
    assertThat(CaseContext.sector(claims(university))).isEqualTo("academia");
    assertThat(CaseContext.sector(claims(shipping))).isEqualTo("business");
    assertThat(CaseContext.sector(claims(nothing))).isNull();
    // Plural role words count ("one of Warren's professors").
    assertThat(
            CaseContext.sector(
                claims(
                    Records.doc("s5", "news.example", "2018-01-01")
                        .claim(null, "one of Warren's professors", "sexual_harassment", null))))
        .isEqualTo("academia");
    // Claims that disagree, one each: no sector.
    assertThat(CaseContext.sector(claims(playhouse, shipping))).isNull();
  }

  @Test
  void theCaseDocumentCarriesThem() {
    Records a = saying("e1", "2024-05-21", "The Crown Prosecution Service said on Friday.");
    Records b =
        Records.doc("e2", "news.example", "2024-09-10")
            .claim(
                "Rafe Dunstable", "the artistic director", "sexual_assault", "Quayside Playhouse");
    AllegationCase c =
        CaseAssembler.assemble(claims(a, b), List.of(), CaseConfig.defaults(), null)
            .cases()
            .stream()
            .filter(x -> x.id().equals(CaseBuilder.caseId("n:rafe dunstable")))
            .findFirst()
            .orElseThrow();
    assertThat(c.countries()).containsExactly("GB");
    assertThat(c.sector()).isEqualTo("entertainment");
  }
}
