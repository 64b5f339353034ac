package org.casewatch.ingest.revisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.casewatch.ingest.ArticleLoader;
import org.casewatch.ingest.dedup.ContentHash;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.Revision;
import org.junit.jupiter.api.Test;

class RevisitsTest {

  private static final long T0 = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
  private static final long DAY = Duration.ofDays(1).toMillis();
  private static final String URL = "https://news.example/2026/story.html";

  private final Revisits revisits = new Revisits(RevisitConfig.defaults());

  private static Article article(String body) {
    return new Article(
        URL, URL, "News", "Story", body, Instant.ofEpochMilli(T0), Instant.ofEpochMilli(T0));
  }

  private static Revisits.Fetched page(String body, String canonical) {
    Article a = new Article(URL + "?amp", canonical, "News", "Story v2", body, null, Instant.now());
    return Revisits.Fetched.of(new ArticleLoader.Outcome(a, null));
  }

  private static Revisits.Fetched failure(String type, int status) {
    return Revisits.Fetched.of(
        new ArticleLoader.Outcome(
            null,
            new DeadLetter("id", URL, "fetch", type, type + " reason", status, Instant.now())));
  }

  @Test
  void firstFetchIsForwardedAndPlansTheFirstRevisit() {
    Article a = article("Original text.");
    Revisits.Step step = revisits.first(a, T0);
    assertThat(step.emit()).isSameAs(a);
    assertThat(step.state().timerAt()).isEqualTo(T0 + DAY);
    assertThat(step.state().bodyHash()).isEqualTo(ContentHash.of("Original text."));
    assertThat(step.state().next()).isZero();
  }

  @Test
  void disabledRevisitsKeepNoState() {
    Revisits.Step step = new Revisits(RevisitConfig.disabled()).first(article("x"), T0);
    assertThat(step.state()).isNull();
    assertThat(step.emit()).isNotNull();
  }

  @Test
  void unchangedPageIsNoEventAndPlansTheSevenDayRevisit() {
    RevisitState s = revisits.first(article("Same words here."), T0).state();
    Revisits.Step step = revisits.revisited(s, page("Same  words, here!", URL), T0 + DAY);
    assertThat(step.emit()).isNull();
    assertThat(step.revision()).isNull();
    assertThat(step.state().next()).isEqualTo(1);
    assertThat(step.state().timerAt()).isEqualTo(T0 + 7 * DAY);
  }

  @Test
  void editedPageIsEmittedUnderTheFirstCanonicalUrlWithTheRevision() {
    RevisitState s = revisits.first(article("Ten chars."), T0).state();
    Revisits.Step step =
        revisits.revisited(
            s, page("Ten chars. And a correction.", "https://other.example/x"), T0 + DAY);
    Revision r = step.revision();
    assertThat(r.kind()).isEqualTo(Revision.EDITED);
    assertThat(r.httpStatus()).isEqualTo(200);
    assertThat(r.sizeChange()).isEqualTo(18);
    assertThat(r.bodyHash()).isEqualTo(ContentHash.of("Ten chars. And a correction."));
    assertThat(r.at()).isEqualTo(Instant.ofEpochMilli(T0 + DAY));
    Article emitted = step.emit();
    assertThat(emitted.canonicalUrl()).isEqualTo(URL);
    assertThat(emitted.id()).isEqualTo(article("x").id());
    assertThat(emitted.publishedAt()).isEqualTo(Instant.ofEpochMilli(T0));
    assertThat(emitted.title()).isEqualTo("Story v2");
    assertThat(emitted.revisions()).containsExactly(r);
    assertThat(emitted.deleted()).isFalse();
    assertThat(step.state().article()).isEqualTo(emitted);
    assertThat(step.state().bodyHash()).isEqualTo(r.bodyHash());
  }

  @Test
  void goneThenBackIsDeletedThenRestored() {
    RevisitState s = revisits.first(article("Twelve chars"), T0).state();
    Revisits.Step gone = revisits.revisited(s, failure("HTTP_STATUS", 410), T0 + DAY);
    Revision deleted = gone.revision();
    assertThat(deleted.kind()).isEqualTo(Revision.DELETED);
    assertThat(deleted.httpStatus()).isEqualTo(410);
    assertThat(deleted.sizeChange()).isEqualTo(-12);
    assertThat(deleted.bodyHash()).isNull();
    assertThat(gone.emit().deleted()).isTrue();
    assertThat(gone.emit().body()).as("the last known text is kept").isEqualTo("Twelve chars");
    Revisits.Step back = revisits.revisited(gone.state(), page("Twelve chars", URL), T0 + 7 * DAY);
    assertThat(back.revision().kind()).isEqualTo(Revision.RESTORED);
    assertThat(back.emit().deleted()).isFalse();
    assertThat(back.emit().revisions())
        .extracting(Revision::kind)
        .containsExactly(Revision.DELETED, Revision.RESTORED);
    assertThat(back.state()).as("no revisit after the last").isNull();
  }

  @Test
  void stillGoneIsNotASecondDeletion() {
    RevisitState s = revisits.first(article("Text"), T0).state();
    RevisitState gone = revisits.revisited(s, failure("HTTP_STATUS", 404), T0 + DAY).state();
    Revisits.Step again = revisits.revisited(gone, failure("HTTP_STATUS", 404), T0 + 7 * DAY);
    assertThat(again.revision()).isNull();
    assertThat(again.emit()).isNull();
    assertThat(again.state()).isNull();
  }

  @Test
  void transientFailureIsRetriedOnceThenDeadLettered() {
    RevisitState s = revisits.first(article("Text"), T0).state();
    Revisits.Step first = revisits.revisited(s, failure("HTTP_STATUS", 503), T0 + DAY);
    assertThat(first.retrying()).isTrue();
    assertThat(first.deadLetter()).isNull();
    assertThat(first.state().attempt()).isEqualTo(1);
    assertThat(first.state().next()).isZero();
    assertThat(first.state().timerAt()).isEqualTo(T0 + DAY + Duration.ofHours(1).toMillis());
    Revisits.Step second =
        revisits.revisited(first.state(), failure("TIMEOUT", 0), T0 + DAY + 3_600_000);
    assertThat(second.retrying()).isFalse();
    DeadLetter letter = second.deadLetter();
    assertThat(letter.stage()).isEqualTo(Revisits.STAGE);
    assertThat(letter.errorType()).isEqualTo(Revisits.REVISIT_FAILED);
    assertThat(letter.reason())
        .contains("revisit 1 of 2 (1d after first fetch) failed twice", "TIMEOUT");
    assertThat(letter.id()).isEqualTo(s.article().id() + ":revisit-1");
    assertThat(second.state().next()).isEqualTo(1);
    assertThat(second.state().attempt()).isZero();
    assertThat(second.state().timerAt()).isEqualTo(T0 + 7 * DAY);
  }

  @Test
  void permanentFailureIsDeadLetteredWithoutRetry() {
    RevisitState s = revisits.first(article("Text"), T0).state();
    Revisits.Step step = revisits.revisited(s, failure("ROBOTS_DISALLOWED", 0), T0 + DAY);
    assertThat(step.retrying()).isFalse();
    assertThat(step.deadLetter().reason()).contains("failed: ROBOTS_DISALLOWED");
    assertThat(step.state().next()).isEqualTo(1);
  }

  @Test
  void classification() {
    assertThat(failure("HTTP_STATUS", 404).found()).isEqualTo(Revisits.Found.GONE);
    assertThat(failure("HTTP_STATUS", 429).found()).isEqualTo(Revisits.Found.TRANSIENT);
    assertThat(failure("HTTP_STATUS", 500).found()).isEqualTo(Revisits.Found.TRANSIENT);
    assertThat(failure("NETWORK", 0).found()).isEqualTo(Revisits.Found.TRANSIENT);
    assertThat(failure("ROBOTS_UNREACHABLE", 503).found()).isEqualTo(Revisits.Found.TRANSIENT);
    assertThat(failure("HTTP_STATUS", 403).found()).isEqualTo(Revisits.Found.FAILED);
    assertThat(failure("NOT_HTML", 0).found()).isEqualTo(Revisits.Found.FAILED);
  }

  @Test
  void revisitOverdueAfterDowntimeIsPlannedNoEarlierThanNow() {
    RevisitState s = revisits.first(article("Text"), T0).state();
    long late = T0 + 8 * DAY;
    Revisits.Step step = revisits.revisited(s, page("Text", URL), late);
    assertThat(step.state().timerAt()).isEqualTo(late + 1);
  }

  @Test
  void articleSeenAgainCarriesTheRevisionsAndAnEditWhenChanged() {
    RevisitState s = revisits.first(article("Text"), T0).state();
    RevisitState edited = revisits.revisited(s, page("Text, longer", URL), T0 + DAY).state();
    Revisits.Step same = revisits.seenAgain(edited, article("Text, longer"), T0 + 2 * DAY);
    assertThat(same.revision()).isNull();
    assertThat(same.emit().revisions()).hasSize(1);
    assertThat(same.state()).isSameAs(edited);
    Revisits.Step changed = revisits.seenAgain(edited, article("Text, longer still"), T0 + 3 * DAY);
    assertThat(changed.revision().kind()).isEqualTo(Revision.EDITED);
    assertThat(changed.emit().revisions()).hasSize(2);
    assertThat(changed.state().timerAt()).isEqualTo(edited.timerAt());
  }

  @Test
  void configRejectsUnorderedOrTooManyDelaysAndBadRetry() {
    assertThatThrownBy(
            () ->
                new RevisitConfig(
                    List.of(Duration.ofDays(7), Duration.ofDays(1)), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ascending");
    assertThatThrownBy(() -> new RevisitConfig(List.of(Duration.ZERO), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new RevisitConfig(
                    java.util.stream.LongStream.rangeClosed(1, 11)
                        .mapToObj(Duration::ofDays)
                        .toList(),
                    Duration.ofHours(1)))
        .hasMessageContaining("at most 10");
    assertThatThrownBy(() -> new RevisitConfig(List.of(Duration.ofDays(1)), Duration.ZERO))
        .hasMessageContaining("retryDelay");
    assertThat(RevisitConfig.disabled().enabled()).isFalse();
    assertThat(RevisitConfig.defaults().delays())
        .containsExactly(Duration.ofHours(24), Duration.ofDays(7));
  }

  @Test
  void stateRejectsBadPositions() {
    assertThatThrownBy(() -> new RevisitState(article("x"), "h", T0, 0, 2, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
