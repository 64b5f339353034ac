package org.casewatch.ingest.social.reddit;

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
import org.casewatch.model.SocialPost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RedditPoller against a loopback /r/{sub}/new.json: after paging, rate-limit headers. */
class RedditPollerITCase {

  private SocialApiServer server;
  private RedditPoller poller;

  @BeforeEach
  void start() throws Exception {
    server = SocialApiServer.start();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (int i = 1; i <= 5; i++) {
      server.addReddit("p" + i, now.minus(Duration.ofMinutes(10 - i)), "Title " + i);
    }
    poller =
        new RedditPoller(
            SocialQuery.redditNew(server.base(), "metoo"),
            new HttpFetcher(FetchConfig.builder().allowAddress("127.0.0.1").build()),
            SocialPollConfig.builder().pageLimit(2).build(),
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void afterPagingToTheEnd() throws Exception {
    List<SocialPost> posts = new ArrayList<>();
    SocialCursor cursor = SocialCursor.start();
    PollResult result;
    do {
      result = poller.poll(cursor);
      posts.addAll(result.posts());
      cursor = result.cursor();
    } while (result.more());

    assertThat(posts)
        .extracting(SocialPost::postId)
        .containsExactly("t3_p5", "t3_p4", "t3_p3", "t3_p2", "t3_p1");
    assertThat(server.param("after")).containsExactly(null, "t3_p4", "t3_p2");
    assertThat(server.param("raw_json")).containsOnly("1");
    assertThat(posts.get(0).url()).isEqualTo(server.base() + "/r/metoo/comments/p5/post/");
    assertThat(posts.get(0).text()).isEqualTo("Title 5");
    assertThat(cursor.sinceId()).isEqualTo("t3_p5");
  }

  @Test
  void exhaustedQuotaInSecondsFromNow() throws Exception {
    server.successHeaders(Map.of("x-ratelimit-remaining", "0.0", "x-ratelimit-reset", "37"));
    Instant before = Instant.now();
    PollResult result = poller.poll(SocialCursor.start());
    assertThat(result.posts()).hasSize(2);
    assertThat(result.notBefore())
        .isAfterOrEqualTo(before.plusSeconds(37))
        .isBeforeOrEqualTo(Instant.now().plusSeconds(37));
  }
}
