package org.casewatch.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SocialQueryTest {

  @Test
  void idsAreStableAndReadable() {
    assertThat(SocialQuery.mastodonTag("https://Mastodon.Social/", "#MeToo").id())
        .isEqualTo("mastodon:mastodon.social/tag/metoo");
    assertThat(SocialQuery.blueskySearch("https://public.api.bsky.app", "#metoo").id())
        .isEqualTo("bluesky:public.api.bsky.app/search/#metoo");
    assertThat(SocialQuery.redditNew("https://www.reddit.com", "r/MeToo").id())
        .isEqualTo("reddit:www.reddit.com/r/metoo/new");
    assertThat(SocialQuery.redditSearch("https://www.reddit.com", null, "allegations").id())
        .isEqualTo("reddit:www.reddit.com/search/allegations");
    assertThat(SocialQuery.mastodonTag("http://127.0.0.1:8080", "x").instance())
        .isEqualTo("127.0.0.1:8080");
  }

  @Test
  void refusesInvalidQueries() {
    assertThatThrownBy(() -> SocialQuery.mastodonTag("https://m.social", "two words"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SocialQuery.mastodonTag("https://m.social/api", "x"))
        .hasMessageContaining("origin");
    assertThatThrownBy(() -> SocialQuery.mastodonTag("ftp://m.social", "x"))
        .hasMessageContaining("http");
    assertThatThrownBy(() -> SocialQuery.blueskySearch("https://bsky.social", " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SocialQuery.redditSearch("https://www.reddit.com", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SocialQuery.redditNew("https://www.reddit.com", "../etc"))
        .hasMessageContaining("subreddit");
    assertThatThrownBy(
            () -> SocialQuery.mastodonTag("https://m.social", "x").withPollInterval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pollConfigValidates() {
    assertThat(SocialPollConfig.defaults().pageLimit()).isEqualTo(40);
    assertThatThrownBy(() -> SocialPollConfig.builder().pageLimit(101).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SocialPollConfig.builder().window(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
