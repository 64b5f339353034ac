package org.casewatch.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.casewatch.model.Article;
import org.casewatch.model.Ids;
import org.casewatch.model.SocialPost;
import org.junit.jupiter.api.Test;

/** SocialPost#toArticle: posts enter the article road with stable ids. */
class SocialPostTest {

  private static SocialPost post(String url, String text) {
    return new SocialPost(
        "mastodon",
        "fosstodon.org",
        "1",
        url,
        "a@fosstodon.org",
        "A",
        Instant.parse("2026-01-01T00:00:00Z"),
        text,
        "en",
        List.of("metoo"),
        null,
        null,
        null,
        null);
  }

  @Test
  void becomesAnArticle() {
    Instant fetched = Instant.parse("2026-01-02T00:00:00Z");
    Article article =
        post("HTTPS://Fosstodon.ORG:443/@a/1#top", "Short text about the case.").toArticle(fetched);

    assertThat(article.url()).isEqualTo("HTTPS://Fosstodon.ORG:443/@a/1#top");
    assertThat(article.canonicalUrl()).isEqualTo("https://fosstodon.org/@a/1");
    assertThat(article.source()).isEqualTo("mastodon:fosstodon.org");
    assertThat(article.title()).isEqualTo("Short text about the case.");
    assertThat(article.body()).isEqualTo("Short text about the case.");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(article.fetchedAt()).isEqualTo(fetched);
    assertThat(article.id()).isEqualTo(Ids.documentId("https://fosstodon.org/@a/1"));
  }

  @Test
  void longTextsAreCutAtAWordForTheTitle() {
    String text = "word ".repeat(40) + "\n\nmore";
    Article article = post("https://fosstodon.org/@a/1", text).toArticle(Instant.EPOCH);
    assertThat(article.title())
        .hasSizeLessThanOrEqualTo(SocialPost.TITLE_CHARS + 1)
        .endsWith("word…");
    assertThat(article.body()).isEqualTo(text);
  }

  @Test
  void nullsBecomeEmpty() {
    SocialPost p =
        new SocialPost(
            "reddit",
            "www.reddit.com",
            "t3_x",
            "https://www.reddit.com/r/a/comments/x/",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(p.text()).isEmpty();
    assertThat(p.hashtags()).isEmpty();
    assertThat(p.toArticle(Instant.EPOCH).title()).isEmpty();
  }
}
