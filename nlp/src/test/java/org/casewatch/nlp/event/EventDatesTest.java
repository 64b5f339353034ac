package org.casewatch.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDatesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2023, 11, 28);

  @Test
  void eventsOfTheLastTwoMonthsAreNews() {
    assertThat(EventExtractor.recent("2023-11-24", PUBLISHED)).isTrue();
    assertThat(EventExtractor.recent("2023-11-28", PUBLISHED)).isTrue();
    assertThat(EventExtractor.recent("2023-10", PUBLISHED)).isTrue();
    assertThat(EventExtractor.recent("2023", PUBLISHED)).isTrue();
  }

  @Test
  void olderEventsAreBackgroundAndLaterOnesArePlans() {
    assertThat(EventExtractor.recent("2023-08", PUBLISHED)).isFalse();
    assertThat(EventExtractor.recent("2016", PUBLISHED)).isFalse();
    assertThat(EventExtractor.recent("2023-12-05", PUBLISHED)).isFalse();
    assertThat(EventExtractor.recent("not a date", PUBLISHED)).isFalse();
  }

  @Test
  void revealedEventsDatedToTheMonthMayBeHalfAYearOld() {
    LocalDate published = LocalDate.of(2023, 3, 14);
    assertThat(EventExtractor.recent("2022-11", published, "complaint_to_employer")).isTrue();
    assertThat(EventExtractor.recent("2022-11", published, "firing")).isFalse();
    assertThat(EventExtractor.recent("2022-08", published, "police_report")).isFalse();
    assertThat(EventExtractor.recent("2022", LocalDate.of(2023, 5, 1), "no_charges")).isFalse();
  }

  @Test
  void aFinerDateInsideACoarserOneRefinesIt() {
    assertThat(EventExtractor.refines("2025-03-14", "2025-03")).isTrue();
    assertThat(EventExtractor.refines("2025-03", "2025")).isTrue();
    assertThat(EventExtractor.refines("2025-04-04", "2025-03")).isFalse();
    assertThat(EventExtractor.refines("2025-03", "2025-03")).isFalse();
    assertThat(EventExtractor.refines(null, "2025")).isFalse();
  }
}
