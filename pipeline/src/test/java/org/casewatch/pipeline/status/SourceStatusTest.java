package org.casewatch.pipeline.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casewatch.ingest.status.PollReport;
import org.junit.jupiter.api.Test;

class SourceStatusTest {

  private static final String FEED = "https://news.example/feed.xml";
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static SourceStatus fresh() {
    return SourceStatus.fresh(FEED, "feed", Duration.ofMinutes(10));
  }

  @Test
  void successfulPollsCountItemsAndGapsBetweenPollsWithNewItems() {
    SourceStatus s =
        fresh()
            .apply(PollReport.success(FEED, "feed", T0, 5))
            .apply(PollReport.success(FEED, "feed", T0.plusSeconds(600), 0))
            .apply(PollReport.success(FEED, "feed", T0.plusSeconds(1200), 2))
            .apply(PollReport.success(FEED, "feed", T0.plusSeconds(3000), 1));
    assertThat(s.polls()).isEqualTo(4);
    assertThat(s.failedPolls()).isZero();
    assertThat(s.itemsSeen()).isEqualTo(8);
    assertThat(s.firstPollAt()).isEqualTo(T0);
    assertThat(s.lastSuccessAt()).isEqualTo(T0.plusSeconds(3000));
    assertThat(s.lastNewItemAt()).isEqualTo(T0.plusSeconds(3000));
    assertThat(s.recentGapsSeconds()).containsExactly(1200L, 1800L);
    assertThat(s.errors()).isEmpty();
  }

  @Test
  void failuresCountByKindAndKeepTheLastSuccess() {
    SourceStatus s =
        fresh()
            .apply(PollReport.success(FEED, "feed", T0, 1))
            .apply(PollReport.failure(FEED, "feed", T0.plusSeconds(60), "HTTP_STATUS", 500, "x"))
            .apply(PollReport.failure(FEED, "feed", T0.plusSeconds(120), "TIMEOUT", 0, "slow"))
            .apply(PollReport.failure(FEED, "feed", T0.plusSeconds(180), "HTTP_STATUS", 503, "y"));
    assertThat(s.errors()).containsExactly(Map.entry("HTTP_STATUS", 2L), Map.entry("TIMEOUT", 1L));
    assertThat(s.failedPolls()).isEqualTo(3);
    assertThat(s.polls()).isEqualTo(4);
    assertThat(s.lastSuccessAt()).isEqualTo(T0);
    assertThat(s.lastErrorAt()).isEqualTo(T0.plusSeconds(180));
    assertThat(s.lastErrorKind()).isEqualTo("HTTP_STATUS");
    assertThat(s.lastErrorStatus()).isEqualTo(503);
    assertThat(s.lastErrorMessage()).isEqualTo("y");
  }

  @Test
  void pagesOfOneDrainAreOneBurstNotARhythm() {
    SourceStatus s =
        fresh()
            .apply(PollReport.success(FEED, "feed", T0, 40))
            .apply(PollReport.success(FEED, "feed", T0.plusSeconds(2), 40))
            .apply(PollReport.success(FEED, "feed", T0.plusSeconds(4), 3))
            .apply(PollReport.success(FEED, "feed", T0.plusSeconds(3600), 1));
    assertThat(s.recentGapsSeconds()).containsExactly(3596L);
    assertThat(s.itemsSeen()).isEqualTo(84);
  }

  @Test
  void keepsOnlyTheLastGaps() {
    SourceStatus s = fresh();
    for (int i = 0; i <= SourceStatus.MAX_GAPS + 5; i++) {
      s = s.apply(PollReport.success(FEED, "feed", T0.plusSeconds(3600L * i + i), 1));
    }
    assertThat(s.recentGapsSeconds()).hasSize(SourceStatus.MAX_GAPS).allMatch(g -> g == 3601L);
  }

  @Test
  void longMessagesAreCut() {
    String message = "x".repeat(2000);
    SourceStatus s = fresh().apply(PollReport.failure(FEED, "feed", T0, "NETWORK", 0, message));
    assertThat(s.lastErrorMessage()).hasSize(SourceStatus.MAX_MESSAGE_CHARS);
  }

  @Test
  void reportOfAnotherSourceIsRefused() {
    assertThatThrownBy(() -> fresh().apply(PollReport.success("other", "feed", T0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other");
  }

  @Test
  void documentRoundTripKeepsEveryField() throws Exception {
    SourceStatus s =
        fresh()
            .apply(PollReport.success(FEED, "feed", T0, 3))
            .apply(PollReport.success(FEED, "feed", T0.plusSeconds(900), 1))
            .apply(PollReport.failure(FEED, "feed", T0.plusSeconds(1800), "DNS_ERROR", 0, "nx"));
    Map<String, Object> doc = SourceStatusDocument.of(s, T0.plusSeconds(1801));
    assertThat(doc)
        .containsEntry("id", SourceStatusDocument.id(FEED))
        .containsEntry("updated_at", "2026-01-01T00:30:01Z")
        .containsEntry("poll_interval_seconds", 600L);
    ObjectMapper json = new ObjectMapper();
    JsonNode node = json.readTree(json.writeValueAsString(doc));
    assertThat(SourceStatusDocument.from(node)).isEqualTo(s);
  }

  @Test
  void documentOfAFreshSourceLeavesOutUnknownTimes() throws Exception {
    Map<String, Object> doc = SourceStatusDocument.of(fresh(), T0);
    assertThat(doc).doesNotContainKeys("first_poll_at", "last_success_at", "last_error_kind");
    ObjectMapper json = new ObjectMapper();
    assertThat(SourceStatusDocument.from(json.readTree(json.writeValueAsString(doc))))
        .isEqualTo(fresh());
  }

  @Test
  void documentWithoutSourceIdIsRefused() throws Exception {
    JsonNode node = new ObjectMapper().readTree("{\"kind\":\"feed\"}");
    assertThatThrownBy(() -> SourceStatusDocument.from(node))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tableShowsLastSuccessItemsErrorsAndSilence() {
    SourceStatus good =
        fresh()
            .apply(PollReport.success(FEED, "feed", T0, 5))
            .apply(PollReport.success(FEED, "feed", T0.plusSeconds(600), 0));
    String broken = "https://news.example/broken.xml";
    SourceStatus bad =
        SourceStatus.fresh(broken, "feed", Duration.ofMinutes(10))
            .apply(PollReport.failure(broken, "feed", T0, "HTTP_STATUS", 500, "oops"))
            .apply(PollReport.failure(broken, "feed", T0.plusSeconds(600), "TIMEOUT", 0, ""));
    List<String> lines =
        SourceStatusReport.table(List.of(good, bad), T0.plus(Duration.ofDays(3)), t -> t);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("SOURCE").contains("LAST SUCCESS", "ERRORS BY KIND");
    assertThat(lines.get(1))
        .startsWith(FEED)
        .contains("2026-01-01 00:10Z (2d ago)", " 5 ", " - ", "YES: quiet 3d, limit 2d");
    assertThat(lines.get(2)).contains("never", "HTTP_STATUS 1, TIMEOUT 1", "YES");
    assertThat(SourceStatusReport.table(List.of(good), T0.plusSeconds(700), t -> t).get(1))
        .endsWith("no");
  }

  @Test
  void jsonCarriesTheVerdict() {
    SourceStatus s =
        fresh()
            .apply(PollReport.success(FEED, "feed", T0, 1))
            .apply(PollReport.success(FEED, "feed", T0.plusSeconds(600), 1))
            .apply(PollReport.success(FEED, "feed", T0.plusSeconds(1200), 1))
            .apply(PollReport.success(FEED, "feed", T0.plusSeconds(1800), 1));
    Map<String, Object> json = SourceStatusReport.json(s, T0.plusSeconds(1800 + 3601));
    assertThat(json)
        .containsEntry("silent", true)
        .containsEntry("usual_gap_seconds", 600L)
        .containsEntry("silence_limit_seconds", 1800L)
        .containsEntry("quiet_seconds", 3601L)
        .containsEntry("items_seen", 4L)
        .doesNotContainKey("updated_at");
  }

  @Test
  void humanDurations() {
    assertThat(SourceStatusReport.human(Duration.ofSeconds(45))).isEqualTo("45s");
    assertThat(SourceStatusReport.human(Duration.ofMinutes(12))).isEqualTo("12m");
    assertThat(SourceStatusReport.human(Duration.ofHours(5))).isEqualTo("5h");
    assertThat(SourceStatusReport.human(Duration.ofDays(3))).isEqualTo("3d");
    assertThat(SourceStatusReport.human(Duration.ofSeconds(-5))).isEqualTo("0s");
  }
}
