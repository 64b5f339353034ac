package org.casewatch.ingest.social.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.social.PollResult;
import org.casewatch.ingest.social.SocialCursor;
import org.casewatch.ingest.social.SocialPollConfig;
import org.casewatch.ingest.social.SocialPollException;
import org.casewatch.ingest.social.SocialQuery;
import org.casewatch.ingest.social.testutil.SocialApiServer;
import org.casewatch.model.SocialPost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MastodonTagPoller against a loopback Mastodon: paging, since_id, rate limits, re-sync. */
class MastodonTagPollerITCase {

  private static final FetchConfig FETCH =
      FetchConfig.builder().allowAddress("127.0.0.1").totalTimeout(Duration.ofSeconds(10)).build();

  private SocialApiServer server;
  private MastodonTagPoller poller;
  private Instant now;

  @BeforeEach
  void start() throws Exception {
    server = SocialApiServer.start();
    now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (int id = 1; id <= 7; id++) {
      server.addMastodon(id, now.minus(Duration.ofMinutes(60 - id)), "<p>post " + id + "</p>");
    }
    poller = poller(SocialPollConfig.builder().pageLimit(3).build());
  }

  private MastodonTagPoller poller(SocialPollConfig config) {
    return new MastodonTagPoller(
        SocialQuery.mastodonTag(server.base(), "metoo"),
        new HttpFetcher(FETCH),
        config,
        Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private List<String> drain(SocialCursor[] cursor) throws SocialPollException {
    List<String> ids = new ArrayList<>();
    PollResult result;
    do {
      result = poller.poll(cursor[0]);
      result.posts().forEach(p -> ids.add(p.postId()));
      cursor[0] = result.cursor();
    } while (result.more());
    return ids;
  }

  @Test
  void pagingFollowsNextLinksToTheEndThenUsesSinceId() throws Exception {
    SocialCursor[] cursor = {SocialCursor.start()};
    assertThat(drain(cursor)).containsExactly("7", "6", "5", "4", "3", "2", "1");
    assertThat(server.param("max_id")).containsExactly(null, "5", "2");
    assertThat(cursor[0].sinceId()).isEqualTo("7");
    assertThat(cursor[0].inSweep()).isFalse();

    server.addMastodon(8, now.minusSeconds(30), "<p>post 8</p>");
    server.addMastodon(9, now.minusSeconds(20), "<p>post <b>9</b></p>");
    List<String> second = drain(cursor);
    assertThat(second).containsExactly("9", "8");
    assertThat(server.requests().get(3).params()).containsEntry("since_id", "7");
    assertThat(cursor[0].sinceId()).isEqualTo("9");

    assertThat(drain(cursor)).isEmpty();
    assertThat(server.requests().get(4).params()).containsEntry("since_id", "9");
  }

  @Test
  void postsAreMappedFromTheAnswer() throws Exception {
    PollResult result = poller.poll(SocialCursor.start());
    SocialPost first = result.posts().get(0);
    assertThat(first.postId()).isEqualTo("7");
    assertThat(first.authorHandle()).isEqualTo("user7@remote.example");
    assertThat(result.posts().get(1).authorHandle())
        .isEqualTo("user6@" + server.base().substring("http://".length()));
    assertThat(first.text()).isEqualTo("post 7");
    assertThat(first.hashtags()).containsExactly("metoo");
    assertThat(first.toArticle(now).source()).startsWith("mastodon:127.0.0.1:");
  }

  @Test
  void rateLimitedRequestKeepsTheCursorAndNamesTheReset() throws Exception {
    SocialCursor[] cursor = {SocialCursor.start()};
    PollResult first = poller.poll(cursor[0]);
    Instant reset = Instant.now().plusSeconds(90).truncatedTo(ChronoUnit.SECONDS);
    server.failNext(
        Map.of(
            "status", "429", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", reset.toString()));

    PollResult limited = poller.poll(first.cursor());
    assertThat(limited.rateLimited()).isTrue();
    assertThat(limited.posts()).isEmpty();
    assertThat(limited.cursor()).isEqualTo(first.cursor());
    assertThat(limited.notBefore()).isEqualTo(reset);

    cursor[0] = limited.cursor();
    List<String> rest = drain(cursor);
    List<String> all = new ArrayList<>(first.posts().stream().map(SocialPost::postId).toList());
    all.addAll(rest);
    assertThat(all).containsExactly("7", "6", "5", "4", "3", "2", "1");
  }

  @Test
  void rateLimitWaitsAreCapped() throws Exception {
    poller =
        poller(
            SocialPollConfig.builder()
                .pageLimit(3)
                .maxRateLimitWait(Duration.ofSeconds(5))
                .build());
    server.failNext(Map.of("status", "429", "Retry-After", "3600"));
    Instant before = Instant.now();
    PollResult limited = poller.poll(SocialCursor.start());
    assertThat(limited.notBefore()).isBetween(before, Instant.now().plusSeconds(5));
  }

  @Test
  void exhaustedQuotaOnASuccessDelaysTheNextRequest() throws Exception {
    Instant reset = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
    server.successHeaders(
        Map.of("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", reset.toString()));
    PollResult result = poller.poll(SocialCursor.start());
    assertThat(result.posts()).hasSize(3);
    assertThat(result.rateLimited()).isFalse();
    assertThat(result.notBefore()).isEqualTo(reset);
  }

  @Test
  void rejectedCursorResyncsWithinTheWindow() throws Exception {
    PollResult first = poller.poll(SocialCursor.start());
    server.rejectCursors(true);
    PollResult rejected = poller.poll(first.cursor());
    assertThat(rejected.posts()).isEmpty();
    assertThat(rejected.more()).isTrue();
    assertThat(rejected.gap()).isNull();
    assertThat(rejected.cursor().inSweep()).isFalse();
    assertThat(rejected.cursor().sinceId()).isNull();
    assertThat(rejected.cursor().floor()).isEqualTo(first.cursor().floor());

    server.rejectCursors(false);
    PollResult resync = poller.poll(rejected.cursor());
    assertThat(resync.posts()).extracting(SocialPost::postId).containsExactly("7", "6", "5");
    assertThat(server.requests().get(2).params()).doesNotContainKeys("max_id", "since_id");
  }

  @Test
  void rejectedCursorOlderThanTheWindowIsAGap() throws Exception {
    poller = poller(SocialPollConfig.builder().pageLimit(3).window(Duration.ofHours(1)).build());
    Instant committed = now.minus(Duration.ofHours(5));
    SocialCursor stale = new SocialCursor("3", committed, null, null, null, null, 0);
    server.rejectCursors(true);

    PollResult rejected = poller.poll(stale);
    assertThat(rejected.gap()).isNotNull();
    assertThat(rejected.gap().queryId()).isEqualTo(poller.query().id());
    assertThat(rejected.gap().from()).isEqualTo(committed.minus(SocialPollConfig.DEFAULT_OVERLAP));
    assertThat(rejected.gap().to()).isEqualTo(rejected.cursor().floor());
    assertThat(rejected.cursor().floor()).isAfter(now.minus(Duration.ofHours(1)).minusSeconds(5));
  }

  @Test
  void serverErrorsAreTypedAndKeepNothing() {
    server.failNext(Map.of("status", "503"));
    assertThatThrownBy(() -> poller.poll(SocialCursor.start()))
        .isInstanceOfSatisfying(
            SocialPollException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(SocialPollException.Kind.FETCH);
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.queryId())
                  .isEqualTo("mastodon:" + server.base().substring(7) + "/tag/metoo");
            });
  }

  @Test
  void nextLinksLeavingTheInstanceAreRefused() {
    SocialCursor evil =
        new SocialCursor(
            null,
            null,
            "http://169.254.169.254/latest/meta-data/",
            "7",
            now,
            now.minusSeconds(3600),
            1);
    assertThatThrownBy(() -> poller.poll(evil))
        .isInstanceOfSatisfying(
            SocialPollException.class,
            e -> assertThat(e.kind()).isEqualTo(SocialPollException.Kind.BAD_NEXT_LINK));
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void sweepsStopAtTheWindow() throws Exception {
    poller =
        poller(
            SocialPollConfig.builder()
                .pageLimit(3)
                .window(Duration.ofSeconds(56 * 60 + 30))
                .build());
    SocialCursor[] cursor = {SocialCursor.start()};
    // posts 1..3 were created 59..57 minutes ago: outside a 56.5-minute window.
    assertThat(drain(cursor)).containsExactly("7", "6", "5", "4");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void aSweepCutByItsPageLimitIsAGap() throws Exception {
    poller = poller(SocialPollConfig.builder().pageLimit(3).maxPagesPerSweep(2).build());
    PollResult first = poller.poll(SocialCursor.start());
    PollResult second = poller.poll(first.cursor());

    assertThat(second.more()).isFalse();
    assertThat(second.gap()).isNotNull();
    assertThat(second.gap().to()).isEqualTo(now.minus(Duration.ofMinutes(58)));
    assertThat(second.gap().reason()).contains("2 pages");
    assertThat(second.cursor().sinceId()).isEqualTo("7");
  }

  @Test
  void aPageThatIsNotATimelineIsATypedError() {
    // The fixture answers 200 with a JSON object where a timeline array is due.
    server.failNext(Map.of("status", "200"));
    assertThatThrownBy(() -> poller.poll(SocialCursor.start()))
        .isInstanceOfSatisfying(
            SocialPollException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(SocialPollException.Kind.MALFORMED_PAGE);
              assertThat(e.label()).isEqualTo("MALFORMED_PAGE");
            });
  }
}
