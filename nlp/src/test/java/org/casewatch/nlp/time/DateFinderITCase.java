package org.casewatch.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SUTime dates and casewatch's repairs of them, with the real CoreNLP models. */
class DateFinderITCase {

  /** A Tuesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 21);

  private static StanfordCoreNLP pipeline;
  private static DateFinder finder;

  @BeforeAll
  static void load() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
    p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
    pipeline = new StanfordCoreNLP(p);
    finder = new DateFinder();
  }

  private static List<String> dates(String sentence) {
    Annotation doc = new Annotation(sentence);
    pipeline.annotate(doc);
    CoreMap first = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
    return finder.find(first, PUBLISHED).stream().map(DateMention::value).toList();
  }

  @Test
  void relativeDatesResolveAgainstThePublicationDate() {
    assertThat(dates("The letter was sent last Thursday.")).containsExactly("2024-05-16");
    assertThat(dates("He was charged in 2018.")).containsExactly("2018");
    assertThat(dates("It happened on Aug. 7 last year.")).containsExactly("2023-08-07");
  }

  @Test
  void aTimeOnADayIsThatDay() {
    assertThat(dates("A spokesperson said on Monday evening that it was reviewing the matter."))
        .containsExactly("2024-05-20");
  }

  @Test
  void agoKeepsTheUnitsPrecisionAndVagueAgoIsNoDate() {
    assertThat(dates("She complained two years ago.")).containsExactly("2022");
    assertThat(dates("He is upset about events many years ago.")).isEmpty();
  }

  @Test
  void aMonthWhoseVerbIsInThePastIsThePastMonthEvenInAFutureSentence() {
    assertThat(dates("The director, who stepped aside in February, will appear in court soon."))
        .containsExactly("2024-02");
  }

  @Test
  void aDayNumberSutimeSwallowedIntoADurationIsKept() {
    assertThat(dates("He was sentenced on March 14 to three years in prison."))
        .containsExactly("2024-03-14");
  }

  @Test
  void aDateWordThatOnlyNamesAKindOfThingIsNoDate() {
    assertThat(dates("She appeared in the theatre's Christmas production.")).isEmpty();
    assertThat(dates("He drove her home after the opening-night party.")).isEmpty();
    assertThat(dates("She complained after the party at Christmas.")).isNotEmpty();
  }
}
