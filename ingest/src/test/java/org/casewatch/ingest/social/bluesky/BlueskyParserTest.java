package org.casewatch.ingest.social.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.casewatch.ingest.social.SocialPage;
import org.casewatch.ingest.social.SocialParseException;
import org.casewatch.ingest.social.SocialSamples;
import org.casewatch.model.SocialPost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BlueskyParser on the recorded bskyr answers. */
class BlueskyParserTest {

  private final BlueskyParser parser = new BlueskyParser("bsky.social");

  @Test
  void searchPosts() throws Exception {
    SocialPage page = parser.parsePosts(SocialSamples.bytes("bluesky", "f_search_0.json"));

    assertThat(page.posts()).hasSize(25);
    assertThat(page.skipped()).isZero();
    assertThat(page.next()).isEqualTo("25");
    SocialPost first = page.posts().get(0);
    assertThat(first.postId())
        .isEqualTo("at://did:plc:kkergqgbhb56ptpwj2wenkje/app.bsky.feed.post/3lpk2u6qo222m");
    assertThat(first.url())
        .isEqualTo("https://bsky.app/profile/socpaperbot.bsky.social/post/3lpk2u6qo222m");
    assertThat(first.authorHandle()).isEqualTo("socpaperbot.bsky.social");
    assertThat(first.authorDisplayName()).isEqualTo("Sociology papers (journals + SocArXiv)");
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2025-05-19T17:10:09.561858Z"));
    assertThat(first.language()).isNull();
    assertThat(first.text()).startsWith("Ends Versus Means: Public Opinion on Congressional");
    assertThat(first.instance()).isEqualTo("bsky.social");

    SocialPost reply = page.posts().get(2);
    assertThat(reply.replyToId())
        .isEqualTo("at://did:plc:7nagdvjqrzaquzk7mueohne5/app.bsky.feed.post/3lpjzgltpa22l");
    assertThat(reply.language()).isEqualTo("en");
    assertThat(page.posts()).filteredOn(p -> p.replyToId() != null).hasSize(12);

    SocialPost quote = page.posts().get(12);
    assertThat(quote.authorHandle()).isEqualTo("rachel99marta.bsky.social");
    assertThat(quote.quoteOfId())
        .isEqualTo("at://did:plc:pjiafkey2cokiupsxpswqlk7/app.bsky.feed.post/3lpjgwfr3gs27");
    assertThat(page.posts()).filteredOn(p -> p.quoteOfId() != null).hasSize(2);

    SocialPost tagged = page.posts().get(24);
    assertThat(tagged.hashtags()).containsExactly("txlege");
    // The offset +00:00 form of createdAt parses too.
    assertThat(page.posts().get(22).createdAt())
        .isEqualTo(Instant.parse("2025-05-19T02:03:20.286393Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"f_autfeed_0.json", "f_timeline_0.json", "f_feedfeed_0.json"})
  void everyRecordedFeedParsesCompletely(String file) throws Exception {
    Map<String, String> row = SocialSamples.index("bluesky").get(file);
    SocialPage page = parser.parseFeed(SocialSamples.bytes("bluesky", file));

    assertThat(page.posts()).hasSize(Integer.parseInt(row.get("items")));
    assertThat(page.skipped()).isZero();
    assertThat(page.next()).isNotBlank();
    assertThat(page.posts()).allMatch(p -> p.url().startsWith("https://bsky.app/profile/"));
  }

  @Test
  void authorFeedRepostsCarryTheOriginal() throws Exception {
    SocialPage page = parser.parseFeed(SocialSamples.bytes("bluesky", "f_autfeed_0.json"));

    assertThat(page.next()).isEqualTo("2024-03-21T23:36:16.378Z");
    assertThat(page.posts()).filteredOn(p -> p.repostOf() != null).hasSize(7);
    SocialPost repost =
        page.posts().stream().filter(p -> p.repostOf() != null).findFirst().orElseThrow();
    assertThat(repost.authorHandle()).isEqualTo("chriskenny.bsky.social");
    assertThat(repost.createdAt()).isEqualTo(Instant.parse("2025-04-25T18:43:12.048Z"));
    assertThat(repost.repostOfId())
        .isEqualTo("at://did:plc:n65dhyosfrm6t7jhzum76exq/app.bsky.feed.post/3lnneysi3ps2c");
    assertThat(repost.repostOf().authorHandle()).isEqualTo("mickael.canouil.fr");
    assertThat(repost.text()).isEqualTo(repost.repostOf().text());
    assertThat(repost.postId()).isNotEqualTo(repost.repostOfId());
  }

  @Test
  void timelineHasThreeReposts() throws Exception {
    SocialPage page = parser.parseFeed(SocialSamples.bytes("bluesky", "f_timeline_0.json"));
    assertThat(page.posts()).filteredOn(p -> p.repostOfId() != null).hasSize(3);
    assertThat(page.posts().get(0).authorHandle()).isEqualTo("cranupdates.bsky.social");
  }

  @Test
  void getPostsAndQuotes() throws Exception {
    SocialPage posts = parser.parsePosts(SocialSamples.bytes("bluesky", "f_getposts_0.json"));
    assertThat(posts.posts())
        .singleElement()
        .extracting(SocialPost::authorHandle)
        .isEqualTo("soubhikbarari.bsky.social");

    SocialPage quotes = parser.parsePosts(SocialSamples.bytes("bluesky", "f_getquotes_0.json"));
    assertThat(quotes.posts()).hasSize(2);
    // app.bsky.embed.record and app.bsky.embed.recordWithMedia both name the quoted post.
    assertThat(quotes.posts())
        .extracting(SocialPost::quoteOfId)
        .containsOnly("at://did:plc:5c2r73erhng4bszmxlfdtscf/app.bsky.feed.post/3lc5c5qv72r2w");
  }

  @Test
  void postThread() throws Exception {
    SocialPage page = parser.parseThread(SocialSamples.bytes("bluesky", "f_postthread_0.json"));
    assertThat(page.posts())
        .singleElement()
        .extracting(SocialPost::postId)
        .isEqualTo("at://did:plc:ic6zqvuw5ulmfpjiwnhsr2ns/app.bsky.feed.post/3k7qmjev5lr2s");
  }

  @Test
  void malformedPostsAreSkippedAndMalformedPagesRefused() throws Exception {
    String json =
        "{\"posts\":[{\"uri\":\"at://did:plc:a/app.bsky.feed.post/1\",\"author\":{\"handle\":\"a.b\"},"
            + "\"record\":{\"text\":\"ok\",\"createdAt\":\"2026-01-01T00:00:00Z\"}},"
            + "{\"uri\":\"https://not-at\",\"author\":{\"handle\":\"a.b\"},\"record\":{}},"
            + "{\"uri\":\"at://did:plc:a/app.bsky.feed.post/2\",\"record\":{}},7],\"cursor\":null}";
    SocialPage page = parser.parsePosts(json.getBytes(StandardCharsets.UTF_8));
    assertThat(page.posts()).extracting(SocialPost::text).containsExactly("ok");
    assertThat(page.skipped()).isEqualTo(3);
    assertThat(page.next()).isNull();

    assertThatThrownBy(() -> parser.parsePosts("{\"feed\":[]}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SocialParseException.class);
    assertThatThrownBy(() -> parser.parseFeed("[]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SocialParseException.class);
  }
}
