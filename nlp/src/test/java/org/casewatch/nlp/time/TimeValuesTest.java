package org.casewatch.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

  @Test
  void agoIsAsPreciseAsItsUnit() {
    assertThat(TimeValues.agoPrecision("two years ago", "2022-05-21")).isEqualTo("2022");
    assertThat(TimeValues.agoPrecision("three months ago", "2024-02-21")).isEqualTo("2024-02");
    assertThat(TimeValues.agoPrecision("a week ago", "2024-05-14")).isEqualTo("2024-05-14");
    assertThat(TimeValues.agoPrecision("years ago", "2023-05-21")).isNull();
    assertThat(TimeValues.agoPrecision("last Thursday", "2024-05-16")).isEqualTo("2024-05-16");
  }

  @Test
  void aFollowingDayNumberMakesAMonthADay() {
    assertThat(TimeValues.withFollowingDay("2025-03", " 14 to three years"))
        .isEqualTo("2025-03-14");
    assertThat(TimeValues.withFollowingDay("2025-02", " 30 people")).isEqualTo("2025-02");
    assertThat(TimeValues.withFollowingDay("2025-03", " 2025")).isEqualTo("2025-03");
    assertThat(TimeValues.withFollowingDay("2025-03", ", when")).isEqualTo("2025-03");
    assertThat(TimeValues.withFollowingDay("2025", " 14")).isEqualTo("2025");
  }

  @Test
  void anExpressionResolvedForwardGoesBackByItsUnit() {
    LocalDate day = LocalDate.of(2024, 5, 21);
    assertThat(TimeValues.hasYear("February 2024")).isTrue();
    assertThat(TimeValues.hasYear("February")).isFalse();
    assertThat(TimeValues.startsAfter("2025-02", day)).isTrue();
    assertThat(TimeValues.startsAfter("2024-05", day)).isFalse();
    assertThat(TimeValues.earlier("February", "2025-02")).isEqualTo("2024-02");
    assertThat(TimeValues.earlier("March 14", "2025-03-14")).isEqualTo("2024-03-14");
    assertThat(TimeValues.earlier("on Friday", "2024-05-24")).isEqualTo("2024-05-17");
    assertThat(TimeValues.earlier("next year", "2025")).isEqualTo("2025");
  }
}
