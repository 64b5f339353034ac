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
}
