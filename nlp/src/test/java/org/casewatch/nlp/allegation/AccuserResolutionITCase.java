package org.casewatch.nlp.allegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casewatch.model.Claim;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;
import org.casewatch.nlp.NlpAnnotator;
import org.casewatch.nlp.NlpAnnotators;
import org.casewatch.nlp.NlpConfig;
import org.casewatch.nlp.NlpResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accusers (pronouns resolved to the person they stand for, accusers named by prepositions and
 * reporting verbs, descriptions linked to a name), names with a generational suffix and agent nouns
 * after a name, on short fictional texts with the real CoreNLP models.
 */
class AccuserResolutionITCase {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 13);

  private static NlpAnnotator nlp;

  @BeforeAll
  static void load() {
    nlp = NlpAnnotators.create(NlpConfig.builder().sentiment(false).build());
  }

  @AfterAll
  static void release() {
    nlp.close();
  }

  private static List<Claim> claims(String text) {
    return nlp.annotateDetailed("", text, PUBLISHED).claims();
  }

  private static Claim only(String text) {
    List<Claim> claims = claims(text);
    assertThat(claims).hasSize(1);
    return claims.get(0);
  }

  @Test
  void aPronounAccuserIsTheWomanWhoReported() {
    Claim c =
        only(
            "Police opened an investigation after a woman reported that she was sexually"
                + " assaulted by Daniel Crowe at a hotel.");
    assertThat(c.accused().name()).isEqualTo("Daniel Crowe");
    assertThat(c.accuser()).isNotNull();
    assertThat(c.accuser().mention()).isEqualTo("a woman");
    assertThat(c.assertedBy()).isEqualTo("accuser");
  }

  @Test
  void aPronounInARelativeClauseIsTheNamedPersonItModifies() {
    Claim c =
        only(
            "Lucy Brandon, who says she was sexually harassed by Oliver Hunt, has filed a claim in"
                + " the High Court.");
    assertThat(c.accused().name()).isEqualTo("Oliver Hunt");
    assertThat(c.accuser().name()).isEqualTo("Lucy Brandon");
  }

  @Test
  void aPluralPronounIsTheGroupThatSpeaks() {
    Claim c = only("The women say that the coach Henry Vale touched them without their consent.");
    assertThat(c.act()).isEqualTo("groping");
    assertThat(c.accused().name()).isEqualTo("Henry Vale");
    assertThat(c.accuser().mention()).isEqualTo("The women");
  }

  @Test
  void aSingularPronounSkipsAPluralSubjectForTheApposedDescription() {
    Claim c =
        only(
            "One of the women, a former doctoral student, alleges that Alan Mercer sexually"
                + " assaulted her at his home.");
    assertThat(c.accused().name()).isEqualTo("Alan Mercer");
    assertThat(c.accuser().mention()).isEqualTo("a former doctoral student");
  }

  @Test
  void allegationsMadeByNameTheirAccusers() {
    Claim c =
        only(
            "The university suspended Professor Alan Mercer over allegations of sexual misconduct"
                + " made by former students.");
    assertThat(c.accused().name()).isEqualTo("Alan Mercer");
    assertThat(c.accuser().mention()).isEqualTo("former students");
  }

  @Test
  void theVictimOfACountIsTheAccuserNotTheAccused() {
    Claim c =
        only(
            "Alan Mercer, 62, denies four counts of sexual assault against three former"
                + " students.");
    assertThat(c.accused().name()).isEqualTo("Alan Mercer");
    assertThat(c.accuser().mention()).isEqualTo("three former students");
  }

  @Test
  void aDescribedAccuserIsLinkedToTheOnlyNamedAccuserOfTheDocument() {
    List<Claim> claims =
        claims(
            "The woman who accused Victor Lane of sexual harassment has sued him.\n\n"
                + "Jane Porter's claim for damages was filed on Friday.");
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).accused().name()).isEqualTo("Victor Lane");
    assertThat(claims.get(0).accuser().mention()).isEqualTo("The woman");
    assertThat(claims.get(0).accuser().name()).isEqualTo("Jane Porter");
  }

  @Test
  void anExpertReportingAnEarlierAllegationIsNotTheAccuser() {
    Claim c =
        only(
            "Ms Kite said that an additional problem was the release of documents relating to a"
                + " previous allegation of child abuse against Peter Jackman.");
    assertThat(c.accused().name()).isEqualTo("Peter Jackman");
    assertThat(c.accuser()).isNull();
  }

  @Test
  void aConvictedChildMolesterAfterANameIsTheAccused() {
    Claim c = only("The festival dropped Gary Mott, convicted child molester, from its line-up.");
    assertThat(c.accused().name()).isEqualTo("Gary Mott");
    assertThat(c.act()).isEqualTo("child_sexual_abuse");
    assertThat(c.modality()).isEqualTo("confirmed_by_authority");
    Claim sex = only("The band fired its drummer, Ray Tiller, a convicted sex offender, in 2019.");
    assertThat(sex.accused().name()).isEqualTo("Ray Tiller");
    assertThat(sex.act()).isEqualTo("sexual_misconduct");
  }

  @Test
  void aNameWithJrIsOnePersonAndTheAccused() {
    NlpResult r =
        nlp.annotateDetailed(
            "", "Actor Bruce Calloway Jr. was accused of groping a waitress in a bar.", PUBLISHED);
    assertThat(r.annotations().entities())
        .filteredOn(m -> m.type() == EntityType.PERSON)
        .extracting(EntityMention::text)
        .containsExactly("Bruce Calloway Jr.");
    assertThat(r.claims()).hasSize(1);
    assertThat(r.claims().get(0).accused().name()).isEqualTo("Bruce Calloway Jr.");
  }

  @Test
  void aWeakTouchCountsWithAPersonAccusedFromTheParse() {
    List<Claim> claims =
        claims(
            "Sexual harassment complaints were made at the club.\n\n"
                + "Witnesses said that Henry Vale touched her repeatedly.");
    assertThat(claims)
        .filteredOn(c -> c.act().equals("groping"))
        .singleElement()
        .satisfies(c -> assertThat(c.accused().name()).isEqualTo("Henry Vale"));
  }

  @Test
  void theSpeakerOfATellingVerbIsTheVictimOfThePronounInItsComplement() {
    Claim told =
        only(
            "The woman, who worked as a receptionist at the firm, told the Gazette that Owen"
                + " Prescott touched her without her consent.");
    assertThat(told.accuser().mention()).isEqualTo("The woman");
    Claim said = only("Ms Kite said Owen Prescott groped her in a lift in 2019.");
    assertThat(said.accused().name()).isEqualTo("Owen Prescott");
    assertThat(said.accuser().name()).isEqualTo("Kite");
  }

  @Test
  void aShortDefiniteDescriptionIsTheAccuserIntroducedBefore() {
    List<Claim> claims =
        claims(
            "A former receptionist alleges that Owen Prescott sexually harassed her at work.\n\n"
                + "The woman told the Gazette that Mr Prescott touched her without her consent at a"
                + " staff party.");
    assertThat(claims).extracting(Claim::act).contains("sexual_harassment", "groping");
    assertThat(claims)
        .allSatisfy(c -> assertThat(c.accuser().mention()).isEqualTo("A former receptionist"));
  }

  @Test
  void theVictimOfAChargedCountOrOfAJailedActIsTheAccuser() {
    Claim count =
        only(
            "Owen Prescott, of Harbour Road, Wrenmouth, is charged with one count of sexual assault"
                + " on a woman in her 30s in Wrenmouth on March 3.");
    assertThat(count.accused().name()).isEqualTo("Owen Prescott");
    assertThat(count.accuser().mention()).startsWith("a woman");
    Claim jailed =
        only(
            "Owen Prescott, the former Harwell Logistics director jailed last year for sexually"
                + " assaulting two colleagues, has lodged an appeal.");
    assertThat(jailed.accused().name()).isEqualTo("Owen Prescott");
    assertThat(jailed.accuser().mention()).isEqualTo("two colleagues");
  }

  @Test
  void theVictimAfterAnActVerbInATweetStopsBeforeTheLink() {
    Claim c =
        only("Ronan Vale Book Alleges #OwenPrescott Raped #Harwell Colleague https://t.co/abc123");
    assertThat(c.accused().name()).isEqualTo("Owen Prescott");
    assertThat(c.accuser().mention()).isEqualTo("#Harwell Colleague");
    assertThat(c.accuser().name()).as("a book's author is not the colleague").isNull();
  }

  @Test
  void theOneAccuserOfTheDocumentIsTheAccuserOfAnActStatedWithoutOne() {
    Claim c =
        only(
            "Owen Prescott was arrested on suspicion of sexual assault.\n\n"
                + "The arrest follows an allegation by a 24-year-old dancer that the director"
                + " assaulted her in his car.");
    assertThat(c.accuser().mention()).isEqualTo("a 24-year-old dancer");
    List<Claim> named =
        claims(
            "Owen Prescott was arrested on suspicion of sexual assault.\n\n"
                + "His accuser, Jane Holt, has also accused him of harassment.");
    assertThat(named).allSatisfy(x -> assertThat(x.accuser().name()).isEqualTo("Jane Holt"));
    List<Claim> group =
        claims(
            "Owen Prescott was arrested on suspicion of sexual assault.\n\n"
                + "Three former colleagues have accused him of harassment.");
    assertThat(group)
        .filteredOn(x -> x.act().equals("sexual_assault"))
        .singleElement()
        .satisfies(x -> assertThat(x.accuser()).as("a group is not one accuser").isNull());
  }
}
