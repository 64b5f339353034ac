package org.casewatch.ingest.social.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casewatch.ingest.social.SocialPage;
import org.casewatch.ingest.social.SocialParseException;
import org.casewatch.ingest.social.SocialSamples;
import org.casewatch.ingest.testutil.Fixtures;
import org.casewatch.model.SocialPost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MastodonParser on the recorded rtoot answers and on our own malformed fixtures. */
class MastodonParserTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "get_timeline_hashtag_anonymous.json",
        "get_timeline_hashtag_default.json",
        "get_timeline_hashtag_instance.json",
        "get_timeline_public_default.json",
        "get_timeline_public_instance_local.json",
        "get_account_statuses_default.json"
      })
  void everyRecordedTimelineParsesCompletelyWithItsNextLink(String file) throws Exception {
    Map<String, String> row = SocialSamples.index("mastodon").get(file);
    String host = java.net.URI.create(row.get("request_uri")).getHost();
    SocialPage page =
        new MastodonParser(host)
            .parseTimeline(SocialSamples.bytes("mastodon", file), row.get("link_header"));

    assertThat(page.posts()).hasSize(Integer.parseInt(row.get("items")));
    assertThat(page.skipped()).isZero();
    assertThat(page.next()).startsWith("https://" + host + "/api/v1/").contains("max_id=");
    String oldest = page.posts().get(page.posts().size() - 1).postId();
    assertThat(page.next()).contains("max_id=" + oldest);
    for (SocialPost post : page.posts()) {
      assertThat(post.platform()).isEqualTo("mastodon");
      assertThat(post.instance()).isEqualTo(host);
      assertThat(post.url()).startsWith("https://");
      assertThat(post.authorHandle()).contains("@");
      assertThat(post.createdAt()).isNotNull();
      assertThat(post.text()).doesNotContain("<p>", "<a ", "<span", "</");
    }
  }

  @Test
  void hashtagTimelineOfMastodonSocial() throws Exception {
    SocialPage page =
        new MastodonParser("mastodon.social")
            .parseTimeline(
                SocialSamples.bytes("mastodon", "get_timeline_hashtag_anonymous.json"), null);

    List<SocialPost> posts = page.posts();
    assertThat(posts)
        .extracting(SocialPost::postId)
        .containsExactly(
            "114870142396314555",
            "114869631572884594",
            "114869598531117045",
            "114869166181027661",
            "114869144089828147");
    SocialPost first = posts.get(0);
    assertThat(first.authorHandle()).isEqualTo("simonpcouch@rstats.me");
    assertThat(first.authorDisplayName()).isEqualTo("Simon P. Couch");
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2025-07-17T19:07:48Z"));
    assertThat(first.language()).isEqualTo("en");
    assertThat(first.hashtags()).containsExactly("rstats");
    assertThat(first.text())
        .startsWith("After a month or so of not using Claude Code")
        .contains("#rstats package documentation")
        .contains("https://www.simonpcouch.com/blog/2025-07-17-claude-code-2/");
    // A local account of the instance gets the instance in its handle.
    assertThat(posts.get(1).authorHandle()).isEqualTo("useR_conf@mastodon.social");
    assertThat(posts.get(1).hashtags()).containsExactly("user2025", "rstats");
    assertThat(page.next()).isNull();
  }

  @Test
  void singleStatus() throws Exception {
    SocialPost post =
        new MastodonParser("fosstodon.org")
            .parseStatus(SocialSamples.bytes("mastodon", "get_status_default.json"));

    assertThat(post.postId()).isEqualTo("114620457512351116");
    assertThat(post.url()).isEqualTo("https://fosstodon.org/@schochastics/114620457512351116");
    assertThat(post.authorHandle()).isEqualTo("schochastics@fosstodon.org");
    assertThat(post.authorDisplayName()).isEqualTo("David Schoch");
    assertThat(post.createdAt()).isEqualTo(Instant.parse("2025-06-03T16:49:43.431Z"));
    assertThat(post.hashtags()).containsExactly("rstats");
    assertThat(post.replyToId()).isNull();
    assertThat(post.repostOf()).isNull();
    assertThat(post.text())
        .startsWith("Super grateful to have received an R Consortium grant")
        .contains("https://r-consortium.org/posts/r-consortium-awards-first-round-of-2025")
        .endsWith("#rstats cc @maelle");
  }

  @Test
  void contextRepliesPointToTheirParents() throws Exception {
    SocialPage page =
        new MastodonParser("mastodon.social")
            .parseContext(SocialSamples.bytes("mastodon", "get_context_default.json"));

    assertThat(page.posts()).hasSize(59);
    assertThat(page.posts().get(0).postId()).isEqualTo("109294767623508949");
    assertThat(page.posts().get(0).authorHandle()).isEqualTo("austinkocher@mastodon.social");
    assertThat(page.posts().get(0).replyToId()).isEqualTo("109294719267373593");
    assertThat(page.posts())
        .filteredOn(p -> "109294719267373593".equals(p.replyToId()))
        .hasSize(43);
    assertThat(page.posts()).allMatch(p -> p.replyToId() != null);
  }

  @Test
  void accountStatusesKeepTheirReplyIds() throws Exception {
    SocialPage page =
        new MastodonParser("fosstodon.org")
            .parseTimeline(
                SocialSamples.bytes("mastodon", "get_account_statuses_default.json"), null);

    assertThat(page.posts()).filteredOn(p -> p.replyToId() != null).hasSize(8);
    assertThat(page.posts())
        .filteredOn(p -> p.postId().equals("113758502912504745"))
        .singleElement()
        .extracting(SocialPost::replyToId)
        .isEqualTo("113758013821835772");
  }

  @Test
  void streamingLines() throws Exception {
    try (InputStream in =
        Files.newInputStream(
            SocialSamples.file("mastodon", "stream_public_mastodonsocial.ndjson"))) {
      SocialPage page = new MastodonParser("mastodon.social").parseStream(in);
      assertThat(page.posts()).hasSize(48);
      assertThat(page.skipped()).isZero();
      assertThat(page.posts().get(0).postId()).isEqualTo("109381959558229264");
      assertThat(page.posts().get(0).authorHandle()).isEqualTo("linfavourite@mastodon.social");
      assertThat(page.posts().get(47).postId()).isEqualTo("109381959922982116");
    }
  }

  @Test
  void streamingMalformedLineIsCountedAndSkipped() throws Exception {
    try (InputStream in =
        Files.newInputStream(SocialSamples.file("mastodon", "stream_public_malformed.ndjson"))) {
      SocialPage page = new MastodonParser("mastodon.social").parseStream(in);
      assertThat(page.posts()).hasSize(49);
      assertThat(page.skipped()).isEqualTo(1);
      assertThat(page.posts().get(0).postId()).isEqualTo("109401122167063957");
      assertThat(page.posts().get(0).authorHandle()).isEqualTo("berinszoka@masto.ai");
      assertThat(page.posts().get(48).postId()).isEqualTo("109400211779889119");
    }
  }

  @Test
  void malformedItemsAreSkippedAndBoostsCarryTheOriginal() throws Exception {
    SocialPage page =
        new MastodonParser("example.social")
            .parseTimeline(Fixtures.bytes("social/mastodon-items.json"), null);

    assertThat(page.skipped()).isEqualTo(3);
    assertThat(page.posts()).extracting(SocialPost::postId).containsExactly("300", "200");
    SocialPost boost = page.posts().get(0);
    assertThat(boost.repostOfId()).isEqualTo("100");
    assertThat(boost.repostOf().authorHandle()).isEqualTo("alice@other.example");
    assertThat(boost.text()).isEqualTo("Original words about the case.");
    assertThat(boost.authorHandle()).isEqualTo("bob@example.social");
    SocialPost quote = page.posts().get(1);
    assertThat(quote.quoteOfId()).isEqualTo("150");
    assertThat(quote.text()).isEqualTo("CW: allegations\n\nQuoting this.");
    assertThat(quote.language()).isEqualTo("de");
  }

  @Test
  void malformedPagesAreTypedErrors() {
    MastodonParser parser = new MastodonParser("example.social");
    assertThatThrownBy(
            () -> parser.parseTimeline("{\"id\":1}".getBytes(StandardCharsets.UTF_8), null))
        .isInstanceOf(SocialParseException.class)
        .hasMessageContaining("not a JSON array");
    assertThatThrownBy(
            () -> parser.parseTimeline("[{\"id\":".getBytes(StandardCharsets.UTF_8), null))
        .isInstanceOf(SocialParseException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> parser.parseTimeline(deep(5_000), null))
        .isInstanceOf(SocialParseException.class);
  }

  private static byte[] deep(int depth) {
    return ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
  }
}
