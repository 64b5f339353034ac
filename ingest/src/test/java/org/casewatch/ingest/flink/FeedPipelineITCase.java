package org.casewatch.ingest.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.source.FeedSource;
import org.casewatch.ingest.testutil.NewsSite;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.FeedItem;
import org.casewatch.model.Ids;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** FeedSource (bounded) into FetchArticleFunction on a real MiniCluster and a loopback site. */
class FeedPipelineITCase {

  @RegisterExtension
  static final MiniClusterExtension MINI_CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static NewsSite site;

  @BeforeAll
  static void start() throws Exception {
    site = NewsSite.start();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void boundedFeedBecomesArticlesAndOneDeadLetter() throws Exception {
    FetchConfig config =
        FetchConfig.builder()
            .allowAddress("127.0.0.1")
            .totalTimeout(Duration.ofSeconds(10))
            .build();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);

    FeedSource source =
        FeedSource.builder()
            .feedUrl(site.feedUrl())
            .feedUrl(site.brokenFeedUrl())
            .bounded()
            .fetchConfig(config)
            .build();
    DataStream<FeedItem> items =
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "feeds").uid("feed-source");
    SingleOutputStreamOperator<Article> articles =
        FetchArticleFunction.byHost(items)
            .process(new FetchArticleFunction(config))
            .uid("fetch-articles");
    CloseableIterator<DeadLetter> deadIt =
        articles.getSideOutput(FetchArticleFunction.DEAD_LETTERS).collectAsync();
    CloseableIterator<Article> articleIt = articles.collectAsync();
    env.execute("feed-pipeline-itcase");

    List<Article> collected = new ArrayList<>();
    articleIt.forEachRemaining(collected::add);
    List<DeadLetter> dead = new ArrayList<>();
    deadIt.forEachRemaining(dead::add);
    articleIt.close();
    deadIt.close();

    List<String> expectedTitles = new ArrayList<>();
    for (int n = 1; n <= NewsSite.ARTICLES; n++) {
      expectedTitles.add(NewsSite.title(n));
    }
    assertThat(collected)
        .extracting(Article::title)
        .containsExactlyInAnyOrderElementsOf(expectedTitles);
    assertThat(collected)
        .allSatisfy(
            a -> {
              assertThat(a.body()).startsWith("Paragraph one of story").doesNotContain("Home");
              assertThat(a.publishedAt()).isNotNull(); // from the feed's pubDate
              assertThat(a.source()).isEqualTo("127.0.0.1");
            });
    assertThat(dead).hasSize(1);
    DeadLetter letter = dead.get(0);
    assertThat(letter.stage()).isEqualTo("fetch");
    assertThat(letter.errorType()).isEqualTo("HTTP_STATUS");
    assertThat(letter.status()).isEqualTo(404);
    assertThat(letter.sourceUrl()).isEqualTo(site.missingArticleUrl());
    assertThat(letter.id()).isEqualTo(Ids.documentId(site.missingArticleUrl()));
  }
}
