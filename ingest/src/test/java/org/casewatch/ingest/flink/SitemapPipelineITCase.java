package org.casewatch.ingest.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.politeness.PolitenessConfig;
import org.casewatch.ingest.source.SitemapSource;
import org.casewatch.ingest.testutil.ArchiveFixtures;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.FeedItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sitemap index with a Google News sitemap and a plain one, on a loopback site, walked by the
 * bounded {@link SitemapSource} inside a MiniCluster job whose pages go through {@link
 * FetchArticleFunction}, as feed items do.
 */
@SuppressForbidden(reason = "the JDK HTTP server is the loopback test fixture")
class SitemapPipelineITCase {

  @RegisterExtension
  static final MiniClusterExtension MINI_CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static LocalServer site;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    site = LocalServer.start();
    base = site.base();
    site.route(
            "/sitemap-index.xml",
            ex ->
                xml(
                    ex,
                    "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<sitemap><loc>"
                        + base
                        + "/news-sitemap.xml</loc></sitemap><sitemap><loc>"
                        + base
                        + "/pages.xml</loc></sitemap><sitemap><loc>"
                        + base
                        + "/gone.xml</loc></sitemap></sitemapindex>"))
        .route("/news-sitemap.xml", ex -> xml(ex, newsSitemap()))
        .route(
            "/pages.xml",
            ex ->
                xml(
                    ex,
                    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + url("/articles/3", "2024-03-09")
                        + url("/articles/4", "2024-03-10")
                        + url("/articles/missing", "2024-03-11")
                        + "<url><loc>http://elsewhere.example/x</loc></url></urlset>"))
        .route("/gone.xml", ex -> LocalServer.respond(ex, 404, "text/plain", "gone"))
        .route(
            "/articles/",
            ex -> {
              String name = ex.getRequestURI().getPath().substring("/articles/".length());
              if (!name.matches("[1-9]")) {
                LocalServer.respond(ex, 404, "text/html", "<html><body>Not found</body></html>");
              } else {
                LocalServer.respond(
                    ex,
                    200,
                    "text/html; charset=utf-8",
                    ArchiveFixtures.page(2 * Integer.parseInt(name) + 1)); // no date in the page
              }
            });
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static String url(String path, String lastmod) {
    return "<url><loc>" + base + path + "</loc><lastmod>" + lastmod + "</lastmod></url>";
  }

  private static String newsSitemap() {
    StringBuilder xml =
        new StringBuilder(
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
    for (int n = 1; n <= 3; n++) {
      xml.append("<url><loc>")
          .append(base)
          .append("/articles/")
          .append(n)
          .append("</loc><news:news><news:publication><news:name>Local</news:name>")
          .append("<news:language>en</news:language></news:publication>")
          .append("<news:publication_date>2024-03-0")
          .append(n)
          .append("T09:00:00Z</news:publication_date><news:title>News title ")
          .append(n)
          .append("</news:title></news:news></url>");
    }
    return xml.append("</urlset>").toString();
  }

  private static void xml(HttpExchange exchange, String body) throws IOException {
    LocalServer.respond(
        exchange, 200, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body);
  }

  @Test
  void sitemapIndexPagesBecomeArticlesOnceAndFailuresDeadLetters() throws Exception {
    FetchConfig config =
        FetchConfig.builder()
            .allowAddress("127.0.0.1")
            .totalTimeout(Duration.ofSeconds(10))
            .build();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    SitemapSource source =
        SitemapSource.builder()
            .sitemapUrl(base + "/sitemap-index.xml")
            .bounded()
            .fetchConfig(config)
            .build();
    SingleOutputStreamOperator<Article> articles =
        FetchArticleFunction.byHost(
                env.fromSource(source, WatermarkStrategy.noWatermarks(), "sitemaps")
                    .uid("sitemap-source"))
            .process(
                new FetchArticleFunction(
                    config, PolitenessConfig.defaults().withMinDelay(Duration.ofMillis(20))))
            .uid("fetch-articles");
    CloseableIterator<DeadLetter> deadIt =
        articles.getSideOutput(FetchArticleFunction.DEAD_LETTERS).collectAsync();
    CloseableIterator<Article> articleIt = articles.collectAsync();
    env.execute("sitemap-pipeline-itcase");

    List<Article> collected = new ArrayList<>();
    articleIt.forEachRemaining(collected::add);
    List<DeadLetter> dead = new ArrayList<>();
    deadIt.forEachRemaining(dead::add);
    articleIt.close();
    deadIt.close();

    assertThat(collected)
        .extracting(Article::url)
        .containsExactlyInAnyOrder(
            base + "/articles/1", base + "/articles/2", base + "/articles/3", base + "/articles/4");
    for (Article a : collected) {
      String n = a.url().substring(a.url().lastIndexOf('/') + 1);
      Instant expected =
          n.equals("4")
              ? Instant.parse("2024-03-10T00:00:00Z") // lastmod of the plain sitemap
              : Instant.parse("2024-03-0" + n + "T09:00:00Z"); // the news publication date
      assertThat(a.publishedAt()).as(a.url()).isEqualTo(expected);
      assertThat(a.body()).contains("Paragraph 1 of report");
    }
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).sourceUrl()).isEqualTo(base + "/articles/missing");
    assertThat(dead.get(0).status()).isEqualTo(404);
  }

  @Test
  void sitemapEntriesAreFeedItemsWithNewsTitles() throws Exception {
    FetchConfig config = FetchConfig.builder().allowAddress("127.0.0.1").build();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(1);
    SitemapSource source =
        SitemapSource.builder()
            .sitemapUrls(List.of(base + "/news-sitemap.xml", base + "/news-sitemap.xml"))
            .bounded()
            .fetchConfig(config)
            .build();
    assertThat(source.sitemapUrls()).hasSize(1);
    List<FeedItem> items = new ArrayList<>();
    try (CloseableIterator<FeedItem> it =
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "sitemaps").executeAndCollect()) {
      it.forEachRemaining(items::add);
    }
    assertThat(items)
        .extracting(FeedItem::title)
        .containsExactlyInAnyOrder("News title 1", "News title 2", "News title 3");
    assertThat(items)
        .allSatisfy(i -> assertThat(i.feedUrl()).isEqualTo(base + "/news-sitemap.xml"));
  }
}
