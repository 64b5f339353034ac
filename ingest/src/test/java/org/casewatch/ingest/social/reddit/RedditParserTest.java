package org.casewatch.ingest.social.reddit;

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

/** RedditParser on the recorded PRAW answers. */
class RedditParserTest {

  private final RedditParser parser = new RedditParser("www.reddit.com", "https://www.reddit.com");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "TestDomainListing.test_new_0.json",
        "TestFront.test_new_0.json",
        "TestSubreddit.test_search_0.json",
        "TestSubredditListings.test_comments_0.json",
        "TestSubredditListings.test_hot_0.json",
        "TestSubredditListings.test_new_0.json"
      })
  void everyRecordedListingParsesCompletely(String file) throws Exception {
    Map<String, String> row = SocialSamples.index("reddit").get(file);
    SocialPage page = parser.parseListing(SocialSamples.bytes("reddit", file));

    assertThat(page.posts()).hasSize(Integer.parseInt(row.get("things")));
    assertThat(page.skipped()).isZero();
    for (SocialPost post : page.posts()) {
      assertThat(post.platform()).isEqualTo("reddit");
      assertThat(post.postId()).matches("t[13]_[0-9a-z]+");
      assertThat(post.url()).startsWith("https://www.reddit.com/r/");
      assertThat(post.createdAt()).isAfter(Instant.parse("2010-01-01T00:00:00Z"));
      assertThat(post.text()).isNotBlank().doesNotContain("<div class=\"md\">", "SC_OFF");
    }
  }

  @Test
  void newListingOfAskReddit() throws Exception {
    SocialPage page =
        parser.parseListing(SocialSamples.bytes("reddit", "TestSubredditListings.test_new_0.json"));

    assertThat(page.next()).isEqualTo("t3_48f6io");
    SocialPost first = page.posts().get(0);
    assertThat(first.postId()).isEqualTo("t3_48fbm9");
    assertThat(first.authorHandle()).isEqualTo("RedHeadQc");
    assertThat(first.createdAt()).isEqualTo(Instant.ofEpochSecond(1456821458));
    assertThat(first.url())
        .isEqualTo(
            "https://www.reddit.com/r/AskReddit/comments/48fbm9/"
                + "serious_parents_of_reddit_whats_the_biggest_lie/");
    assertThat(first.text())
        .isEqualTo(
            "[Serious] Parents of Reddit, what's the biggest lie about yourself you've told your"
                + " kids?");
    assertThat(first.replyToId()).isNull();
  }

  @Test
  void searchAndCommentListings() throws Exception {
    SocialPage search =
        parser.parseListing(SocialSamples.bytes("reddit", "TestSubreddit.test_search_0.json"));
    assertThat(search.next()).isNull();
    assertThat(search.posts())
        .extracting(SocialPost::postId)
        .containsExactly(
            "t3_3gpbiu", "t3_3x4kt2", "t3_3b4erh", "t3_1qvzkd", "t3_3qc02b", "t3_4at068");
    assertThat(search.posts().get(0).authorHandle()).isEqualTo("dClauzel");

    SocialPage comments =
        parser.parseListing(
            SocialSamples.bytes("reddit", "TestSubredditListings.test_comments_0.json"));
    assertThat(comments.next()).isEqualTo("t1_d4y8a9e");
    SocialPost comment = comments.posts().get(0);
    assertThat(comment.postId()).isEqualTo("t1_d4y8bdp");
    assertThat(comment.replyToId()).isEqualTo("t3_4r4inc");
    assertThat(comment.url())
        .isEqualTo("https://www.reddit.com/r/AskReddit/comments/4r4inc/_/d4y8bdp/");
    assertThat(comment.text())
        .isEqualTo("great, life is so much better when you can do what you enjoy for a living");
  }

  @Test
  void commentPagesWalkTheWholeTree() throws Exception {
    SocialPage small =
        parser.parseCommentPage(
            SocialSamples.bytes("reddit", "TestSubmission.test_comments_0.json"));
    assertThat(small.posts()).hasSize(3);
    SocialPost submission = small.posts().get(0);
    assertThat(submission.postId()).isEqualTo("t3_2gmzqe");
    assertThat(submission.authorHandle()).isEqualTo("bboe");
    assertThat(submission.text())
        .startsWith("[PRAW] HTTPS enabled PRAW testing needed\n\nPRAW client developers,\n\n");
    assertThat(small.posts().get(1).postId()).isEqualTo("t1_cklfmye");
    assertThat(small.posts().get(1).replyToId()).isEqualTo("t3_2gmzqe");

    SocialPage big =
        parser.parseCommentPage(SocialSamples.bytes("reddit", "TestMore.test_comments_1.json"));
    // 1 submission + 476 comments at every depth; the 18 "more" stubs are not posts.
    assertThat(big.posts()).hasSize(477);
    assertThat(big.skipped()).isZero();
    assertThat(big.posts().get(0).text()).isEqualTo("Ba Dum Tsss");
    assertThat(big.posts().get(1).postId()).isEqualTo("t1_cu5pebp");
    assertThat(big.posts().get(1).authorHandle()).isEqualTo("johnnwho");
    assertThat(big.posts().subList(1, big.posts().size()))
        .allMatch(p -> p.replyToId() != null && p.replyToId().matches("t[13]_.*"));
  }

  @Test
  void moreChildren() throws Exception {
    SocialPage page =
        parser.parseMoreChildren(SocialSamples.bytes("reddit", "TestMore.test_comments_0.json"));
    assertThat(page.posts()).hasSize(7);
    assertThat(page.posts().get(0).postId()).isEqualTo("t1_cu5tead");
    assertThat(page.posts().get(0).authorHandle()).isEqualTo("lava1o");
    assertThat(page.posts().get(0).replyToId()).isEqualTo("t3_3hahrw");
  }

  @Test
  void crosspostsAndMalformedThings() throws Exception {
    String json =
        "{\"kind\":\"Listing\",\"data\":{\"after\":null,\"children\":["
            + "{\"kind\":\"t3\",\"data\":{\"name\":\"t3_b\",\"id\":\"b\",\"author\":\"u2\","
            + "\"created_utc\":1700000100,\"title\":\"Shared\",\"subreddit\":\"metoo\","
            + "\"permalink\":\"/r/metoo/comments/b/shared/\",\"crosspost_parent\":\"t3_a\","
            + "\"crosspost_parent_list\":[{\"name\":\"t3_a\",\"id\":\"a\",\"author\":\"u1\","
            + "\"created_utc\":1700000000,\"title\":\"Original\",\"subreddit\":\"news\"}]}},"
            + "{\"kind\":\"t3\",\"data\":{\"name\":\"t3_c\",\"author\":\"u3\"}},"
            + "{\"kind\":\"t5\",\"data\":{\"name\":\"t5_x\"}}]}}";
    SocialPage page = parser.parseListing(json.getBytes(StandardCharsets.UTF_8));
    assertThat(page.skipped()).isEqualTo(2);
    SocialPost crosspost = page.posts().get(0);
    assertThat(crosspost.repostOfId()).isEqualTo("t3_a");
    assertThat(crosspost.repostOf().text()).isEqualTo("Original");
    assertThat(crosspost.repostOf().url()).isEqualTo("https://www.reddit.com/r/news/comments/a/");

    assertThatThrownBy(
            () -> parser.parseListing("{\"kind\":\"t3\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SocialParseException.class)
        .hasMessageContaining("not a Listing");
    assertThatThrownBy(() -> parser.parseCommentPage("[]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SocialParseException.class);
  }
}
