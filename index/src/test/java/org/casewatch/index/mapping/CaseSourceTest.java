package org.casewatch.index.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casewatch.index.sink.CaseConverter;
import org.casewatch.index.sink.IndexAction;
import org.casewatch.model.AllegationCase;
import org.junit.jupiter.api.Test;

class CaseSourceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static AllegationCase sample() {
    return new AllegationCase(
        "case-0123",
        "Graham Vellacott: alleged sexual harassment (Corvane Shipping Group)",
        "Graham Vellacott",
        List.of("Mr Vellacott", "the executive"),
        List.of("sexual_harassment", "groping"),
        List.of("Corvane Shipping Group"),
        List.of(
            new AllegationCase.Party("Graham Vellacott", "accused", "2023-03-14", null, true),
            new AllegationCase.Party(
                "Imogen Tarrant", "defendant", "2024-01-25", "2024-11-18", false)),
        "settled",
        Instant.parse("2023-03-14T08:00:00Z"),
        Instant.parse("2024-11-19T08:00:00Z"),
        List.of("c1", "c2"),
        List.of("e1"),
        6,
        1,
        List.of(new AllegationCase.MonthSentiment("2023-03", -0.25, 2)),
        List.of(
            new AllegationCase.Merge(
                Instant.parse("2023-06-06T08:00:00Z"), "case-9", "alias: the executive", true)),
        List.of(),
        null,
        null);
  }

  @Test
  void readInvertsOfThroughJson() throws Exception {
    AllegationCase c = sample();
    String json = JSON.writeValueAsString(CaseSource.of(c));
    Map<String, Object> back = JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    assertThat(CaseSource.read(back)).isEqualTo(c);
    assertThat(back).doesNotContainKeys("sector", CaseSource.MERGED_INTO);
  }

  @Test
  void stubsKeepTheirTarget() throws Exception {
    AllegationCase stub =
        new AllegationCase(
            "case-9",
            "t",
            "the executive",
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "merged",
            null,
            null,
            List.of(),
            List.of(),
            0,
            0,
            List.of(),
            List.of(),
            List.of(),
            null,
            "case-0123");
    Map<String, Object> back =
        JSON.readValue(
            JSON.writeValueAsString(CaseSource.of(stub)),
            new TypeReference<Map<String, Object>>() {});
    assertThat(back).containsEntry(CaseSource.MERGED_INTO, "case-0123");
    assertThat(CaseSource.read(back)).isEqualTo(stub);
  }

  @Test
  void converterWritesTheCasesAliasUnderTheCaseId() {
    IndexAction action = new CaseConverter().convert(sample());
    assertThat(action.index()).isEqualTo(CasewatchIndex.CASES.alias());
    assertThat(action.id()).isEqualTo("case-0123");
  }

  @Test
  void aSourceWithoutIdIsRefused() {
    assertThatThrownBy(() -> CaseSource.read(Map.of("title", "x")))
        .isInstanceOf(RuntimeException.class);
  }
}
