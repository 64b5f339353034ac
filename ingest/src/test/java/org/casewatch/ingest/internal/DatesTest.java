package org.casewatch.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void parsesTheFormsFoundInPageMetadata() {
    Instant t = Instant.parse("2024-03-05T08:30:00Z");
    assertThat(Dates.parse("2024-03-05T08:30:00Z")).isEqualTo(t);
    assertThat(Dates.parse("2024-03-05T09:30:00+01:00")).isEqualTo(t);
    assertThat(Dates.parse("2024-03-05T09:30:00+0100")).isEqualTo(t);
    assertThat(Dates.parse("2024-03-05T09:30:00.000+01:00")).isEqualTo(t);
    assertThat(Dates.parse("2024-03-05 08:30:00")).isEqualTo(t);
    assertThat(Dates.parse("2024-03-05T08:30:00")).isEqualTo(t);
    assertThat(Dates.parse("Tue, 5 Mar 2024 08:30:00 GMT")).isEqualTo(t);
    assertThat(Dates.parse("2024-03-05")).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
  }

  @Test
  void returnsNullForTheUnparseable() {
    assertThat(Dates.parse(null)).isNull();
    assertThat(Dates.parse("  ")).isNull();
    assertThat(Dates.parse("yesterday")).isNull();
    assertThat(Dates.parse("2024-13-45T99:00:00Z")).isNull();
  }
}
