package org.casewatch.index.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.casewatch.model.DeadLetter;
import org.junit.jupiter.api.Test;

class DeadLetterSourceTest {

  private static final DeadLetter LETTER =
      new DeadLetter(
          "abc123",
          "https://news.example/a",
          "fetch",
          "HTTP_STATUS",
          "404 Not Found",
          404,
          Instant.parse("2026-03-01T12:00:00Z"));

  @Test
  void writesTheMappedFields() {
    Map<String, Object> source = DeadLetterSource.of(LETTER);
    assertThat(source)
        .containsEntry("id", "abc123")
        .containsEntry("source_url", "https://news.example/a")
        .containsEntry("stage", "fetch")
        .containsEntry("error_type", "HTTP_STATUS")
        .containsEntry("reason", "404 Not Found")
        .containsEntry("status", 404)
        .containsEntry("failed_at", "2026-03-01T12:00:00Z")
        .doesNotContainKeys("document", "document_truncated");
  }

  @Test
  void idDependsOnStageAndRecordIdOnly() {
    DeadLetter later =
        new DeadLetter(
            "abc123", "", "fetch", "TIMEOUT", "slow", 0, Instant.parse("2026-03-02T00:00:00Z"));
    DeadLetter otherStage =
        new DeadLetter("abc123", "", "nlp", "TIMEOUT", "slow", 0, LETTER.failedAt());
    assertThat(DeadLetterSource.id(later)).isEqualTo(DeadLetterSource.id(LETTER)).hasSize(32);
    assertThat(DeadLetterSource.id(otherStage)).isNotEqualTo(DeadLetterSource.id(LETTER));
  }

  @Test
  void failedDocumentIsCutToTheCapAndFlagged() {
    Map<String, Object> small = DeadLetterSource.of(LETTER, "{\"a\":1}", 100);
    assertThat(small)
        .containsEntry("document", "{\"a\":1}")
        .containsEntry("document_truncated", false);
    Map<String, Object> big = DeadLetterSource.of(LETTER, "x".repeat(500), 100);
    assertThat((String) big.get("document")).hasSize(100);
    assertThat(big).containsEntry("document_truncated", true);
  }

  @Test
  void truncationNeverSplitsASurrogatePair() {
    String text = "a".repeat(9) + "\uD83D\uDE00" + "b";
    Map<String, Object> cut = DeadLetterSource.of(LETTER, text, 10);
    assertThat((String) cut.get("document")).isEqualTo("a".repeat(9));
  }

  @Test
  void readsBackWhatItWrote() {
    assertThat(DeadLetterSource.read(DeadLetterSource.of(LETTER, "{}", 10))).isEqualTo(LETTER);
  }
}
