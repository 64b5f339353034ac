package org.casewatch.ingest.social.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.casewatch.ingest.social.SocialQuery;
import org.casewatch.ingest.social.testutil.SocialApiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** BlueskySearchPoller against a loopback searchPosts: cursor paging, floor, rate limits. */
class BlueskySearchPollerITCase {

  private SocialApiServer server;
  private BlueskySearchPoller poller;
  private Instant now;

  @BeforeEach
  void start() throws Exception {
    server = SocialApiServer.start();
    now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    for (int i = 1; i <= 5; i++) {
      server.addBluesky("rk" + i, now.minus(Duration.ofMinutes(10 - i)), "post " + i + " #metoo");
    }
    poller =
        new BlueskySearchPoller(
            SocialQuery.blueskySearch(server.base(), "#metoo"),
            new HttpFetcher(FetchConfig.builder().allowAddress("127.0.0.1").build()),
            SocialPollConfig.builder().pageLimit(2).build(),
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private List<String> drain(SocialCursor[] cursor) throws Exception {
    List<String> rkeys = new ArrayList<>();
    PollResult result;
    do {
      result = poller.poll(cursor[0]);
      result.posts().forEach(p -> rkeys.add(p.postId().substring(p.postId().lastIndexOf('/') + 1)));
      cursor[0] = result.cursor();
    } while (result.more());
    return rkeys;
  }

  @Test
  void cursorPagingThenOnlyNewerPosts() throws Exception {
    SocialCursor[] cursor = {SocialCursor.start()};
    assertThat(drain(cursor)).containsExactly("rk5", "rk4", "rk3", "rk2", "rk1");
    assertThat(server.param("cursor")).containsExactly(null, "2", "4");
    assertThat(server.param("q")).containsOnly("#metoo");
    assertThat(server.param("sort")).containsOnly("latest");
    assertThat(cursor[0].sinceTime()).isEqualTo(now.minus(Duration.ofMinutes(5)));

    server.addBluesky("rk6", now.minusSeconds(5), "post 6");
    // The overlap re-reads recent posts; the source's seen-id set drops them. The newest is new.
    List<String> second = drain(cursor);
    assertThat(second).startsWith("rk6").contains("rk5");
    assertThat(server.requests().get(3).params().get("since"))
        .isEqualTo(now.minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS).toString());
  }

  @Test
  void retryAfterOnA429() throws Exception {
    long reset = Instant.now().getEpochSecond() + 120;
    server.failNext(
        Map.of(
            "status", "429", "RateLimit-Remaining", "0", "RateLimit-Reset", Long.toString(reset)));
    PollResult limited = poller.poll(SocialCursor.start());
    assertThat(limited.rateLimited()).isTrue();
    assertThat(limited.notBefore()).isEqualTo(Instant.ofEpochSecond(reset));
    assertThat(limited.cursor()).isEqualTo(SocialCursor.start());
  }
}
