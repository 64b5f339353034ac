package org.casewatch.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.casewatch.model.CaseEvent;
import org.casewatch.nlp.NlpAnnotator;
import org.casewatch.nlp.NlpAnnotators;
import org.casewatch.nlp.NlpConfig;
import org.casewatch.nlp.NlpResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event rules' dating and news-versus-background policy on short fictional articles, with the
 * real CoreNLP models (loaded once). Each test is one class of behaviour of {@link EventExtractor}.
 */
class EventExtractionITCase {

  /** A Wednesday: "on Monday" is 2024-03-11. */
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

  /** Event type to date. */
  private static Map<String, String> events(String text) {
    NlpResult r = nlp.annotateDetailed("", text, PUBLISHED);
    assertThat(r.claims()).as("claims of: " + text).isNotEmpty();
    return r.events().stream()
        .collect(Collectors.toMap(CaseEvent::type, CaseEvent::date, (a, b) -> a));
  }

  @Test
  void leadEventsTakeTheDateTheNewsWasToldNotThePublicationDay() {
    Map<String, String> events =
        events(
            "University suspends professor over harassment claims\n\n"
                + "The University of Wrenfield has suspended Professor Tom Reed while it"
                + " investigates allegations of sexual harassment, the university said on Monday.");
    assertThat(events).containsEntry("suspension", "2024-03-11");
  }

  @Test
  void theAccusersComplaintIsNewsMonthsLaterButTheActDateIsNotTheAccusationDate() {
    Map<String, String> events =
        events(
            "Former employee accuses manager of sexual harassment\n\n"
                + "A former employee of Harcourt Freight has accused her manager, Paul Stone, of"
                + " sexually harassing her in June 2021.\n\n"
                + "She said she made a formal complaint to the company's human resources department"
                + " in November 2023.\n\n"
                + "Mr Stone denies the allegations.");
    assertThat(events)
        .containsEntry("accusation", "2024-03-13")
        .containsEntry("complaint_to_employer", "2023-11")
        .containsEntry("denial", "2024-03-13");
  }

  @Test
  void aDenialWithoutTheAccusationAsNewsIsTheStandingPosition() {
    Map<String, String> events =
        events(
            "Theatre director charged with sexual assault\n\n"
                + "Rafe Colby, the director of the Lantern Theatre, has been charged with sexual"
                + " assault, prosecutors said on Monday.\n\n"
                + "Mr Colby, who denies the allegation, will appear in court next month.\n\n"
                + "He continues to deny any wrongdoing.");
    assertThat(events).containsEntry("charge", "2024-03-11").doesNotContainKey("denial");
  }

  @Test
  void backgroundMentionsAreNotThisArticlesNews() {
    Map<String, String> events =
        events(
            "Former manager sues accuser for defamation\n\n"
                + "Paul Stone, who was dismissed by Harcourt Freight in May 2023, has sued the woman"
                + " who accused him of sexual harassment for defamation.\n\n"
                + "Police said their investigation into a report of a sexual assault was"
                + " continuing. No one has been arrested.");
    assertThat(events)
        .containsKey("defamation_lawsuit")
        .doesNotContainKeys("firing", "police_investigation", "arrest");
  }

  @Test
  void anAppealAgainstConvictionsIsNotAConviction() {
    Map<String, String> events =
        events(
            "Jailed coach lodges appeal against sexual assault convictions\n\n"
                + "Lawyers for Dan Fell, who was sentenced at Wrenfield Crown Court on February 14,"
                + " have lodged an appeal against his convictions for sexual assault, and he will"
                + " be released next month.");
    assertThat(events).containsKey("appeal").doesNotContainKey("conviction");
  }

  @Test
  void undatedTextsKeepBackgroundEventsThatAreStated() {
    NlpResult r =
        nlp.annotateDetailed(
            "",
            "Singer Joe Vance denies ten charges of child sexual abuse at his trial. The"
                + " subsequent investigation into his relationship with the boy was reported by"
                + " the prosecution.",
            null);
    assertThat(r.events())
        .extracting(CaseEvent::type)
        .contains("denial", "trial", "police_investigation");
    assertThat(r.events()).allSatisfy(e -> assertThat(e.date()).isNull());
  }

  @Test
  void anApologyIsMadeBySayingItWhereverTheArticleQuotesIt() {
    Map<String, String> events =
        events(
            "Shipping firm settles harassment claim\n\n"
                + "Tallis Freight has settled a claim by a former employee who accused its director,"
                + " Paul Stone, of sexual harassment, the company said on Monday.\n\n"
                + "The terms were not disclosed.\n\n"
                + "Mr Stone left the company last year.\n\n"
                + "The firm employs 300 people in Wrenfield.\n\n"
                + "Its chairman is Alan Price.\n\n"
                + "It moved to new offices in the spring.\n\n"
                + "Its results are due in June.\n\n"
                + "\"We apologise to her for the way her complaint was handled in 2021,\" the"
                + " company said.");
    // the date of the complaint's handling is not the apology's: the apology is made now
    assertThat(events).containsEntry("apology", "2024-03-13");
  }

  @Test
  void whileAndAfterClausesAreTheBackdropNotTheNews() {
    Map<String, String> events =
        events(
            "Theatre director steps aside over sexual assault allegation\n\n"
                + "A dancer has accused the director of the Lantern Theatre, Rafe Colby, of sexual"
                + " assault.\n\n"
                + "The theatre's board has asked him to step aside while police investigate, it"
                + " said on Monday.\n\n"
                + "Mr Colby was sentenced for a driving offence on Monday, after a jury convicted"
                + " him in February.");
    assertThat(events)
        .containsEntry("suspension", "2024-03-11")
        .doesNotContainKeys("police_investigation", "conviction");
  }

  @Test
  void aDateOfAnAfterPhraseDatesWhatCameBeforeNotTheEvent() {
    Map<String, String> events =
        events(
            "Police investigate coach over sexual assault claims\n\n"
                + "Two women have accused the coach Dan Fell of sexual assault.\n\n"
                + "Wrenfield Police confirmed on Monday that it had opened an investigation after"
                + " receiving reports from the two women in January.");
    assertThat(events)
        .containsEntry("police_report", "2024-01")
        .containsEntry("police_investigation", "2024-03-11");
  }

  @Test
  void anEventBeforeWhichSomethingHappenedHadNotHappened() {
    Map<String, String> events =
        events(
            "Sexual assault charge against coach dropped\n\n"
                + "Prosecutors have dropped a sexual assault charge against the coach Dan Fell,"
                + " less than a month before he was due to stand trial, they said on Monday.");
    assertThat(events).containsEntry("charges_dropped", "2024-03-11").doesNotContainKey("trial");
  }

  @Test
  void aJuryHearingEvidenceIsATrial() {
    Map<String, String> events =
        events(
            "Coach denies sexually assaulting pupils\n\n"
                + "A former swimming coach sexually assaulted two pupils during lessons, a jury at"
                + " Wrenfield Crown Court heard on Monday. Dan Fell, 52, denies four counts of"
                + " sexual assault.");
    assertThat(events).containsEntry("trial", "2024-03-11");
  }
}
