package org.casewatch.index.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParamsTest {

  @Test
  void textAllowsWordsPhrasesOperatorsAndTrailingPrefixes() {
    assertThat(Params.text("q", "  harass* \"former assistant\" -festival (a | b) "))
        .isEqualTo("harass* \"former assistant\" -festival (a | b)");
    assertThat(Params.text("q", "who?")).isEqualTo("who?");
  }

  @Test
  void textRefusesExpensiveShapesNamingTheParameter() {
    for (String bad :
        List.of("*arassment", "*:*", "(.*){20}", "ab*", "foo*bar", "?x", "-*x", " ", "a\u0000b")) {
      assertThatThrownBy(() -> Params.text("q", bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("q"));
    }
    assertThatThrownBy(() -> Params.text("q", "x".repeat(513))).hasMessageContaining("512");
    assertThatThrownBy(() -> Params.text("q", "a ".repeat(33))).hasMessageContaining("32 terms");
    assertThatThrownBy(() -> Params.text("q", null)).isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void idsArePatternChecked() {
    assertThat(Params.id("id", "case-0123abcd_X")).isEqualTo("case-0123abcd_X");
    for (String bad : List.of("../_all", "_all", "*", "a,b", "a b", "", "x".repeat(129))) {
      assertThatThrownBy(() -> Params.id("id", bad))
          .as(bad)
          .isInstanceOf(InvalidParameterException.class);
    }
    assertThatThrownBy(() -> Params.id("id", null)).isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void valuesSizesAndOffsetsAreBounded() {
    assertThat(Params.values("source", List.of(" a ", "b"))).containsExactly("a", "b");
    assertThat(Params.values("source", null)).isEmpty();
    assertThatThrownBy(() -> Params.values("entity", Collections.nCopies(51, "x")))
        .hasMessageStartingWith("entity:");
    assertThatThrownBy(() -> Params.values("entity", List.of("x".repeat(257))))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> Params.values("entity", List.of(" ")))
        .isInstanceOf(InvalidParameterException.class);
    assertThat(Params.size("size", 100, 100)).isEqualTo(100);
    assertThatThrownBy(() -> Params.size("size", 0, 100)).hasMessageStartingWith("size:");
    assertThat(Params.from("from", 1000)).isEqualTo(1000);
    assertThatThrownBy(() -> Params.from("from", 1001)).hasMessageContaining("cursor");
    assertThat(Params.integer("n", " 7 ")).isEqualTo(7);
    assertThatThrownBy(() -> Params.integer("n", "seven"))
        .isInstanceOf(InvalidParameterException.class);
    assertThat(Params.decimal("s", "-0.5")).isEqualTo(-0.5);
    assertThatThrownBy(() -> Params.decimal("s", "NaN"))
        .isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void partialDatesCoverTheirWholePeriod() {
    assertThat(Params.dateStart("d", "2024")).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(Params.dateEnd("d", "2024")).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(Params.dateEnd("d", "2024-02")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    assertThat(Params.dateEnd("d", "2024-02-29")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    assertThat(Params.dateStart("d", "2024-02-29T10:00:00+01:00"))
        .isEqualTo(Instant.parse("2024-02-29T09:00:00Z"));
    for (String bad : List.of("yesterday", "2024-13", "2023-02-29", "x".repeat(41))) {
      assertThatThrownBy(() -> Params.dateStart("from_date", bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidParameterException.class,
              e -> assertThat(e.parameter()).isEqualTo("from_date"));
    }
  }

  @Test
  void choicesAreAllowListed() {
    assertThat(Params.choice("sort", "Newest", SearchSort.class)).isEqualTo(SearchSort.NEWEST);
    assertThatThrownBy(() -> Params.choice("sort", "title", SearchSort.class))
        .hasMessage("sort: must be one of [relevance, newest, oldest]");
    assertThatThrownBy(() -> Params.choice("sort", null, SearchSort.class))
        .isInstanceOf(InvalidParameterException.class);
  }
}
