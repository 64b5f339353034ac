package org.casewatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SocialPostTest {

  private static final Instant CREATED = Instant.parse("2019-10-15T08:00:00Z");
  private static final Instant FETCHED = Instant.parse("2019-10-15T09:00:00Z");

  private static SocialPost post(String url, String text) {
    return new SocialPost(
        "mastodon",
        "fosstodon.org",
        "109",
        url,
        "alice@fosstodon.org",
        null,
        CREATED,
        text,
        "en",
        List.of("MeToo"),
        null,
        null,
        null,
        null);
  }

  @Test
  void becomesAnArticleWithANormalisedCanonicalUrl() {
    Article a =
        post("HTTPS://Fosstodon.ORG:443/@alice/109#top", "Short post #MeToo").toArticle(FETCHED);
    assertThat(a.url()).isEqualTo("HTTPS://Fosstodon.ORG:443/@alice/109#top");
    assertThat(a.canonicalUrl()).isEqualTo("https://fosstodon.org/@alice/109");
    assertThat(a.source()).isEqualTo("mastodon:fosstodon.org");
    assertThat(a.title()).isEqualTo("Short post #MeToo");
    assertThat(a.body()).isEqualTo("Short post #MeToo");
    assertThat(a.publishedAt()).isEqualTo(CREATED);
    assertThat(a.fetchedAt()).isEqualTo(FETCHED);
    assertThat(a.provenance())
        .isEqualTo(new Provenance("mastodon", "mastodon", "alice@fosstodon.org", null, null));
    assertThat(SocialPost.normalise("http://h.example:8080/p?q=1"))
        .isEqualTo("http://h.example:8080/p?q=1");
    assertThat(SocialPost.normalise("http://h.example")).isEqualTo("http://h.example/");
    assertThat(SocialPost.normalise("not a url")).isEqualTo("not a url");
  }

  @Test
  void longTextIsCutAtAWordForTheTitle() {
    String text = "word ".repeat(40) + "\n\n end";
    String title = SocialPost.title(text);
    assertThat(title).endsWith("…").doesNotContain("\n");
    assertThat(title.length()).isLessThanOrEqualTo(SocialPost.TITLE_CHARS + 1);
    String noSpaces = "x".repeat(99) + "😀" + "y".repeat(50);
    String cut = SocialPost.title(noSpaces);
    assertThat(cut).endsWith("…");
    assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
  }

  @Test
  void optionalFieldsDefaultAndIdentityIsRequired() {
    SocialPost p = post("https://fosstodon.org/@alice/109", null);
    assertThat(p.text()).isEmpty();
    assertThat(p.authorDisplayName()).isEmpty();
    assertThat(p.hashtags()).containsExactly("MeToo");
    assertThatThrownBy(
            () ->
                new SocialPost(
                    "reddit",
                    "www.reddit.com",
                    null,
                    "u",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
        .hasMessage("postId");
  }
}
