package org.casewatch.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeValuesTest {

  @Test
  void keepsCalendarDatesAsPreciseAsGiven() {
    assertThat(TimeValues.normalize("2018")).isEqualTo("2018");
    assertThat(TimeValues.normalize("2023-04")).isEqualTo("2023-04");
    assertThat(TimeValues.normalize("2023-03-13")).isEqualTo("2023-03-13");
    assertThat(TimeValues.normalize("2023-03-13T10:00")).isEqualTo("2023-03-13");
  }

  @Test
  void dropsWhatIsNotACalendarDate() {
    assertThat(TimeValues.normalize("2023-W10")).isNull();
    assertThat(TimeValues.normalize("XXXX-08-07")).isNull();
    assertThat(TimeValues.normalize("PRESENT_REF")).isNull();
    assertThat(TimeValues.normalize("P2Y")).isNull();
    assertThat(TimeValues.normalize(null)).isNull();
  }
}
