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
}
