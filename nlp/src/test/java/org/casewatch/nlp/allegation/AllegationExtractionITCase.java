package org.casewatch.nlp.allegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.Claim;
import org.casewatch.model.EventParty;
import org.casewatch.nlp.NlpAnnotator;
import org.casewatch.nlp.NlpAnnotators;
import org.casewatch.nlp.NlpConfig;
import org.casewatch.nlp.NlpResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Claims and events from short fictional texts, with the real CoreNLP models (loaded once). */
class AllegationExtractionITCase {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 13);

  private static NlpAnnotator nlp;

  @BeforeAll
  static void load() {
    nlp = NlpAnnotators.shared(NlpConfig.defaults());
  }

  @AfterAll
  static void release() {
    nlp.close();
  }

  private static NlpResult annotate(String text) {
    return nlp.annotateDetailed("", text, PUBLISHED);
  }

  private static Claim only(NlpResult r) {
    assertThat(r.claims()).hasSize(1);
    return r.claims().get(0);
  }

  @Test
  void rapeAllegedByPoliceAgainstANamedMan() {
    Claim c = only(annotate("Police said that John Marsh raped a woman at a hotel in Leeds."));
    assertThat(c.act()).isEqualTo("rape");
    assertThat(c.accused().name()).isEqualTo("John Marsh");
    assertThat(c.modality()).isEqualTo("alleged");
    assertThat(c.assertedBy()).isEqualTo("police");
    assertThat(c.evidence().get(0).text()).contains("raped");
  }

  @Test
  void gropingAllegedByTheAccuser() {
    Claim c = only(annotate("Anna Lee alleges that the singer Peter Holt groped her at a party."));
    assertThat(c.act()).isEqualTo("groping");
    assertThat(c.accused().name()).isEqualTo("Peter Holt");
    assertThat(c.accuser()).isNotNull();
    assertThat(c.accuser().name()).isEqualTo("Anna Lee");
  }

  @Test
  void harassmentDeniedByTheAccused() {
    NlpResult r =
        annotate(
            "Maria Keller has accused her manager, Thomas Brandt, of sexual harassment.\n\n"
                + "Mr Brandt denies the allegations.");
    Claim c = only(r);
    assertThat(c.act()).isEqualTo("sexual_harassment");
    assertThat(c.accused().name()).isEqualTo("Thomas Brandt");
    assertThat(c.accuser().name()).isEqualTo("Maria Keller");
    assertThat(c.modality()).isEqualTo("denied");
    assertThat(c.assertedBy()).isEqualTo("accuser");
    assertThat(r.events()).extracting(CaseEvent::type).contains("accusation", "denial");
  }

  @Test
  void convictionConfirmsChildSexualAbuse() {
    NlpResult r = annotate("Former teacher Mark Dunn was convicted of child sexual abuse.");
    Claim c = only(r);
    assertThat(c.act()).isEqualTo("child_sexual_abuse");
    assertThat(c.accused().name()).isEqualTo("Mark Dunn");
    assertThat(c.modality()).isEqualTo("confirmed_by_authority");
    assertThat(r.events()).extracting(CaseEvent::type).contains("conviction");
  }

  @Test
  void chargedWithIndecentExposureAndSexualAssault() {
    NlpResult r =
        annotate(
            "David Crane was charged with indecent exposure on Monday.\n\n"
                + "He was also charged with sexual assault.");
    assertThat(r.claims())
        .extracting(Claim::act)
        .containsExactlyInAnyOrder("indecent_exposure", "sexual_assault");
    assertThat(r.claims()).allMatch(c -> "David Crane".equals(c.accused().name()));
    CaseEvent charge =
        r.events().stream().filter(e -> e.type().equals("charge")).findFirst().orElseThrow();
    assertThat(charge.date()).isEqualTo("2024-03-11");
    assertThat(charge.dateKind()).isEqualTo("incident");
  }

  @Test
  void defamationSuitReversesTheRoles() {
    NlpResult r =
        annotate(
            "Robert Vance has sued Laura Price for defamation over her claims that he sexually"
                + " harassed her.");
    Claim c = only(r);
    assertThat(c.accused().name()).isEqualTo("Robert Vance");
    assertThat(c.act()).isEqualTo("sexual_harassment");
    CaseEvent suit =
        r.events().stream()
            .filter(e -> e.type().equals("defamation_lawsuit"))
            .findFirst()
            .orElseThrow();
    assertThat(suit.parties()).contains(new EventParty("Robert Vance", "claimant"));
    assertThat(suit.parties()).contains(new EventParty("Laura Price", "defendant"));
  }

  @Test
  void unnamedAccuserKeepsItsDescription() {
    Claim c =
        only(
            annotate(
                "A 24-year-old dancer has accused the theatre director Simon Ward of sexual"
                    + " assault."));
    assertThat(c.accused().name()).isEqualTo("Simon Ward");
    assertThat(c.act()).isEqualTo("sexual_assault");
    assertThat(c.accuser().name()).isNull();
    assertThat(c.accuser().mention()).contains("dancer");
  }

  @Test
  void hardNegativesProduceNoClaims() {
    List<String> negatives =
        List.of(
            "The company runs harassment training for all staff every year.",
            "Tom Reed was jailed for assaulting a bouncer outside a pub in Leeds.",
            "The film depicts a teacher who is accused of rape by a pupil.",
            "James Cole was charged with fraud and false accounting.",
            "The athlete Sarah Quinn was accused of doping by the federation.",
            "Critics said the new tax is daylight robbery and a rape of the countryside.",
            "Peter Holt has sued the newspaper for libel over its report on his finances.");
    for (String text : negatives) {
      NlpResult r = annotate(text);
      assertThat(r.claims()).as(text).isEmpty();
      assertThat(r.events()).as(text).isEmpty();
    }
  }

  @Test
  void nonEnglishTextGetsNoClaims() {
    NlpResult r =
        annotate(
            "Die Polizei hat am Montag einen Mann festgenommen, der eine Frau vergewaltigt haben"
                + " soll. Er bestreitet die Vorwürfe, die gegen ihn erhoben wurden.");
    assertThat(r.annotations().language()).isEqualTo("de");
    assertThat(r.claims()).isEmpty();
    assertThat(r.events()).isEmpty();
  }

  @Test
  void sentimentTowardTheAccusedComesFromItsSentences() {
    NlpResult r =
        annotate(
            "Maria Keller has accused her manager, Thomas Brandt, of sexual harassment.\n\n"
                + "Thomas Brandt is a cruel, dishonest and terrible man.");
    assertThat(r.partySentiments())
        .anySatisfy(
            p -> {
              assertThat(p.party()).isEqualTo("Thomas Brandt");
              assertThat(p.role()).isEqualTo("accused");
              assertThat(p.sentences()).isEqualTo(2);
              assertThat(p.score()).isLessThan(0);
            });
  }

  @Test
  void tweetWithEscapeDebrisAndAHashtagNameYieldsTheClaim() {
    NlpResult r =
        nlp.annotateDetailed(
            "",
            "Ronan Farrow book says #MattLauer raped a colleague2\\x80\\x99s friend"
                + " https://t.co/abc #metoo",
            null);
    assertThat(r.annotations().language()).isEqualTo("en");
    assertThat(r.claims()).extracting(c -> c.accused().name()).contains("Matt Lauer");
  }

  @Test
  void headlineAccusedOfAnActNamesTheDescription() {
    NlpResult r =
        nlp.annotateDetailed(
            "", "Former Rockland pastor accused of child sex abuse https://t.co/x #metoo", null);
    Claim c = only(r);
    assertThat(c.act()).isEqualTo("child_sexual_abuse");
    assertThat(c.accused().mention()).isEqualTo("Former Rockland pastor");
    assertThat(c.accused().name()).isNull();
  }

  @Test
  void theAccuserOfARelativeClauseIsNotTheAccused() {
    Claim c =
        only(
            annotate(
                "The report was made by the former employee who in March accused the company's"
                    + " chief operating officer, Graham Vellacott, of sexually harassing her."));
    assertThat(c.accused().name()).isEqualTo("Graham Vellacott");
    assertThat(c.act()).isEqualTo("sexual_harassment");
  }

  @Test
  void theRaisedSubjectOfAllegedToHaveIsTheAccused() {
    Claim c =
        only(
            annotate(
                "One of London's top money managers is alleged to have sexually harassed female"
                    + " colleagues for years."));
    assertThat(c.accused().mention()).isEqualTo("One of London's top money managers");
    assertThat(c.act()).isEqualTo("sexual_harassment");
  }

  @Test
  void aCountedGroupInAVerblessHeadlineIsTheAccusedAndTheNews() {
    NlpResult r =
        nlp.annotateDetailed(
            "",
            "news: Four Archdiocese Priests On Leave Amid New Church Sex Abuse Accusations"
                + " https://t.co/x #metoo",
            null);
    Claim c = only(r);
    assertThat(c.accused().mention()).isEqualTo("Four Archdiocese Priests");
    assertThat(c.act()).isEqualTo("sexual_misconduct");
    assertThat(r.events())
        .extracting(org.casewatch.model.CaseEvent::type)
        .contains("suspension", "accusation");
  }

  @Test
  void aNameRightBeforeAnActVerbIsTheAccusedWhenTheParseFails() {
    NlpResult r =
        nlp.annotateDetailed(
            "",
            "Ronan Farrow Book Alleges #MattLauer Raped #NBCNews Colleague https://t.co/x",
            null);
    Claim c = only(r);
    assertThat(c.accused().name()).isEqualTo("Matt Lauer");
    assertThat(c.act()).isEqualTo("rape");
  }

  @Test
  void theSpeakerOfAReportIsNotTheAccusedOfAnActTheParseMadeHerVerbsConjunct() {
    NlpResult r =
        annotate(
            "Ms Kite said Owen Prescott assaulted her in a lift in 2019 and groped her at a"
                + " party.");
    assertThat(r.claims())
        .extracting(c -> c.accused().name())
        .as("Ms Kite speaks; she is not accused")
        .doesNotContain("Kite")
        .containsOnly("Owen Prescott");
    Claim c =
        only(
            annotate(
                "US rapper Owen Prescott has been sued by a make-up artist who claimed he and his"
                    + " friends drugged and raped her two years ago."));
    assertThat(c.accused().name()).isEqualTo("Owen Prescott");
    assertThat(c.accuser().mention()).isEqualTo("a make-up artist");
  }

  @Test
  void fiveMegabyteDocumentWithClaimsFinishesPartialWithinItsBudget() {
    String paragraph =
        "Police said that John Marsh raped a woman at a hotel in Leeds in 2019. He denies it.\n\n";
    String body = paragraph.repeat(5_000_000 / paragraph.length() + 1);
    NlpResult r = nlp.annotateDetailed("", body, PUBLISHED);
    assertThat(body.length()).isGreaterThan(5_000_000);
    assertThat(r.annotations().partial()).isTrue();
    assertThat(r.claims()).extracting(Claim::act).contains("rape");
  }
}
