package org.casewatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnnotateJsonlTest {

  @Test
  void publishedAcceptsDatesAndDateTimes() {
    assertThat(AnnotateJsonl.published("2024-03-13")).isEqualTo(LocalDate.of(2024, 3, 13));
    assertThat(AnnotateJsonl.published("2024-03-13T07:30:00+00:00"))
        .isEqualTo(LocalDate.of(2024, 3, 13));
  }

  @Test
  void publishedIsNullWhenUnreadable() {
    assertThat(AnnotateJsonl.published(null)).isNull();
    assertThat(AnnotateJsonl.published("yesterday")).isNull();
    assertThat(AnnotateJsonl.published("2024-13-45")).isNull();
  }
}
