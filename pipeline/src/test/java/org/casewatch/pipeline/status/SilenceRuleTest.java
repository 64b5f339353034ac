package org.casewatch.pipeline.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SilenceRuleTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static SourceStatus status(
      Duration interval, Instant firstPoll, Instant lastNewItem, List<Long> gaps) {
    return new SourceStatus(
        "https://news.example/feed",
        "feed",
        interval,
        firstPoll,
        firstPoll,
        firstPoll,
        lastNewItem,
        null,
        null,
        0,
        "",
        1,
        0,
        1,
        Map.of(),
        gaps);
  }

  @Test
  void medianOfOddAndEvenGapCounts() {
    assertThat(SilenceRule.usualGap(List.of(100L, 10L, 40L))).isEqualTo(Duration.ofSeconds(40));
    assertThat(SilenceRule.usualGap(List.of(100L, 10L, 40L, 60L)))
        .isEqualTo(Duration.ofSeconds(50));
  }

  @Test
  void fewerThanThreeGapsIsNoUsualGap() {
    assertThat(SilenceRule.usualGap(List.of(100L, 10L))).isNull();
  }

  @Test
  void limitIsThreeMedianGapsUnlessTwoPollIntervalsAreLonger() {
    Duration hour = Duration.ofHours(1);
    assertThat(SilenceRule.limit(hour, Duration.ofMinutes(5))).isEqualTo(Duration.ofHours(3));
    assertThat(SilenceRule.limit(Duration.ofMinutes(1), Duration.ofMinutes(5)))
        .isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void limitWithoutHistoryIsTwoDaysOrTwoPollIntervals() {
    assertThat(SilenceRule.limit(null, Duration.ofMinutes(5))).isEqualTo(Duration.ofDays(2));
    assertThat(SilenceRule.limit(null, Duration.ofDays(3))).isEqualTo(Duration.ofDays(6));
    assertThat(SilenceRule.limit(null, null)).isEqualTo(SilenceRule.WITHOUT_HISTORY);
  }

  @Test
  void hourlySourceQuietForFourHoursIsSilentAndForTwoIsNot() {
    SourceStatus s =
        status(Duration.ofMinutes(5), T0, T0, List.of(3600L, 3500L, 3700L, 3600L, 90_000L));
    SilenceRule.Verdict fourHours = SilenceRule.judge(s, T0.plus(Duration.ofHours(4)));
    assertThat(fourHours.silent()).isTrue();
    assertThat(fourHours.usualGap()).isEqualTo(Duration.ofHours(1));
    assertThat(fourHours.limit()).isEqualTo(Duration.ofHours(3));
    assertThat(fourHours.quietFor()).isEqualTo(Duration.ofHours(4));
    assertThat(SilenceRule.judge(s, T0.plus(Duration.ofHours(2))).silent()).isFalse();
  }

  @Test
  void exactlyAtTheLimitIsNotYetSilent() {
    SourceStatus s = status(Duration.ofMinutes(5), T0, T0, List.of(600L, 600L, 600L));
    assertThat(SilenceRule.judge(s, T0.plus(Duration.ofMinutes(30))).silent()).isFalse();
    assertThat(SilenceRule.judge(s, T0.plus(Duration.ofMinutes(30)).plusSeconds(1)).silent())
        .isTrue();
  }

  @Test
  void sourceThatNeverGaveItemsIsJudgedFromItsFirstPoll() {
    SourceStatus s = status(Duration.ofMinutes(5), T0, null, List.of());
    assertThat(SilenceRule.judge(s, T0.plus(Duration.ofDays(1))).silent()).isFalse();
    SilenceRule.Verdict v = SilenceRule.judge(s, T0.plus(Duration.ofDays(3)));
    assertThat(v.silent()).isTrue();
    assertThat(v.quietFor()).isEqualTo(Duration.ofDays(3));
  }

  @Test
  void sourceNeverPolledIsNotJudged() {
    SourceStatus s = SourceStatus.fresh("q", "mastodon", Duration.ofMinutes(5));
    SilenceRule.Verdict v = SilenceRule.judge(s, T0);
    assertThat(v.silent()).isFalse();
    assertThat(v.quietFor()).isZero();
  }

  @Test
  void clockBehindTheLastItemCountsAsNoQuiet() {
    SourceStatus s = status(Duration.ofMinutes(5), T0, T0, List.of());
    assertThat(SilenceRule.judge(s, T0.minusSeconds(30)).quietFor()).isZero();
  }
}
