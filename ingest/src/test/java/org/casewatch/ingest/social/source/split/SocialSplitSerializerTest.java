package org.casewatch.ingest.social.source.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.casewatch.ingest.social.SocialCursor;
import org.casewatch.ingest.social.SocialQuery;
import org.junit.jupiter.api.Test;

class SocialSplitSerializerTest {

  private final SocialSplitSerializer serializer = SocialSplitSerializer.INSTANCE;

  private SocialSplit roundTrip(SocialSplit split) throws IOException {
    return serializer.deserialize(serializer.getVersion(), serializer.serialize(split));
  }

  @Test
  void freshSplitsOfEveryPlatformRoundTrip() throws IOException {
    for (SocialQuery query :
        List.of(
            SocialQuery.mastodonTag("https://mastodon.social", "metoo"),
            SocialQuery.blueskySearch("https://bsky.social", "#metoo")
                .withPollInterval(Duration.ofSeconds(90)),
            SocialQuery.redditNew("https://www.reddit.com", "metoo"),
            SocialQuery.redditSearch("https://www.reddit.com", null, "a b"))) {
      SocialSplit split = SocialSplit.fresh(query);
      assertThat(roundTrip(split)).isEqualTo(split);
    }
  }

  @Test
  void cursorAndSeenIdsRoundTrip() throws IOException {
    SocialCursor cursor =
        new SocialCursor(
            "114870142263126875",
            Instant.parse("2025-07-17T19:07:48.123456789Z"),
            "https://fosstodon.org/api/v1/timelines/tag/rstats?max_id=1",
            "114870142263126999",
            Instant.parse("2025-07-17T20:00:00Z"),
            Instant.parse("2025-07-16T19:07:48Z"),
            3);
    SocialSplit split =
        new SocialSplit(
            SocialQuery.mastodonTag("https://fosstodon.org", "rstats"),
            cursor,
            List.of("3", "2", "1"));
    SocialSplit back = roundTrip(split);
    assertThat(back).isEqualTo(split);
    assertThat(back.seenIds()).containsExactly("3", "2", "1");
    assertThat(back.splitId()).isEqualTo("mastodon:fosstodon.org/tag/rstats");
  }

  @Test
  void unknownVersionIsRefused() throws IOException {
    byte[] bytes =
        serializer.serialize(
            SocialSplit.fresh(SocialQuery.redditNew("https://www.reddit.com", "metoo")));
    assertThatThrownBy(() -> serializer.deserialize(SocialSplitSerializer.VERSION + 1, bytes))
        .isInstanceOf(IOException.class);
  }

  @Test
  void stateRemembersABoundedSetOfIds() {
    SocialSplitState state =
        new SocialSplitState(
            new SocialSplit(
                SocialQuery.redditNew("https://www.reddit.com", "metoo"),
                SocialCursor.start(),
                List.of("a", "b", "c")),
            3);
    assertThat(state.markSeen("b")).isFalse();
    assertThat(state.markSeen("d")).isTrue();
    assertThat(state.isSeen("a")).isFalse();
    assertThat(state.toSplit().seenIds()).containsExactly("b", "c", "d");
  }
}
