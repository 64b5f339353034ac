package org.casewatch.ingest.social.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.social.SocialPollConfig;
import org.casewatch.ingest.social.SocialQuery;
import org.casewatch.ingest.social.source.SocialSource;
import org.casewatch.ingest.social.testutil.SocialApiServer;
import org.casewatch.model.Article;
import org.casewatch.model.SocialPost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A bounded SocialSource on a real MiniCluster over a loopback Mastodon, Bluesky and Reddit: every
 * post of every query arrives once, through pages, a 429 and a conversion to articles.
 */
class SocialSourceITCase {

  @RegisterExtension
  static final MiniClusterExtension MINI_CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static SocialApiServer server;

  @BeforeAll
  static void start() throws Exception {
    server = SocialApiServer.start();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (int i = 1; i <= 7; i++) {
      Instant created = now.minus(Duration.ofMinutes(30 - i));
      server.addMastodon(
          i, created, "<p>Toot " + i + " about <a href=\"https://x\">#<span>metoo</span></a></p>");
      server.addBluesky("rk" + i, created, "Skeet " + i);
      server.addReddit("r" + i, created, "Thread " + i);
    }
    server.failNext(Map.of("status", "429", "Retry-After", "1"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void boundedSourceCollectsEveryPostOnce() throws Exception {
    SocialSource source =
        SocialSource.builder()
            .query(SocialQuery.mastodonTag(server.base(), "metoo"))
            .query(SocialQuery.blueskySearch(server.base(), "metoo"))
            .query(SocialQuery.redditNew(server.base(), "metoo"))
            .bounded()
            .pollConfig(SocialPollConfig.builder().pageLimit(3).build())
            .fetchConfig(
                FetchConfig.builder()
                    .allowAddress("127.0.0.1")
                    .totalTimeout(Duration.ofSeconds(10))
                    .build())
            .build();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    CloseableIterator<SocialPost> posts =
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "social")
            .uid("social-source")
            .collectAsync();
    env.execute("social-source-itcase");

    List<SocialPost> collected = new ArrayList<>();
    posts.forEachRemaining(collected::add);
    posts.close();

    assertThat(collected).hasSize(21);
    assertThat(collected).extracting(SocialPost::postId).doesNotHaveDuplicates();
    assertThat(collected).filteredOn(p -> p.platform().equals("mastodon")).hasSize(7);
    assertThat(collected).filteredOn(p -> p.platform().equals("bluesky")).hasSize(7);
    assertThat(collected).filteredOn(p -> p.platform().equals("reddit")).hasSize(7);
    SocialPost toot =
        collected.stream().filter(p -> p.postId().equals("7")).findFirst().orElseThrow();
    assertThat(toot.text()).isEqualTo("Toot 7 about #metoo");
    assertThat(toot.hashtags()).containsExactly("metoo");
    Article article = toot.toArticle(Instant.now());
    assertThat(article.source()).startsWith("mastodon:127.0.0.1:");
    assertThat(article.body()).isEqualTo("Toot 7 about #metoo");
    assertThat(server.requests()).anyMatch(r -> r.status() == 429);
  }
}
