package org.casewatch.ingest.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.testutil.Fixtures;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;
import org.casewatch.model.Ids;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Walks a sitemap index and a news sitemap over real HTTP on loopback, through the gateway. */
@SuppressForbidden(reason = "the JDK HTTP server is the loopback test fixture")
class SitemapCrawlerITCase {

  private static LocalServer server;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    server = LocalServer.start();
    base = server.base();
    server
        .route(
            "/sitemap-index.xml",
            ex ->
                xml(
                    ex,
                    index(
                        "/sitemap-index.xml",
                        "/sitemaps/news.xml",
                        "/sitemaps/pages.xml.gz",
                        "/sitemaps/nested-index.xml",
                        "/sitemaps/missing.xml",
                        "/sitemaps/entity.xml")))
        .route("/sitemaps/news.xml", ex -> xml(ex, fixture("news-sitemap.xml")))
        .route(
            "/sitemaps/pages.xml.gz",
            ex ->
                LocalServer.respond(
                    ex,
                    200,
                    "application/x-gzip",
                    SitemapParserTest.gzip(fixture("pages.xml").getBytes(StandardCharsets.UTF_8))))
        .route("/sitemaps/nested-index.xml", ex -> xml(ex, index("/sitemaps/deeper-index.xml")))
        .route("/sitemaps/deeper-index.xml", ex -> xml(ex, index("/sitemaps/deepest.xml")))
        .route("/sitemaps/deepest.xml", ex -> xml(ex, fixture("pages.xml")))
        .route("/sitemaps/missing.xml", ex -> LocalServer.respond(ex, 404, "text/plain", "gone"))
        .route("/sitemaps/entity.xml", ex -> xml(ex, fixture("entity-sitemap.xml")));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String fixture(String name) {
    return new String(Fixtures.bytes("sitemaps/" + name), StandardCharsets.UTF_8)
        .replace("https://news.example", base);
  }

  private static String index(String... paths) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\"?><sitemapindex"
                + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String path : paths) {
      xml.append("<sitemap><loc>").append(base).append(path).append("</loc></sitemap>");
    }
    return xml.append("</sitemapindex>").toString();
  }

  private static void xml(HttpExchange exchange, String body) throws IOException {
    LocalServer.respond(exchange, 200, "application/xml", body);
  }

  private static HttpFetcher fetcher() {
    return new HttpFetcher(FetchConfig.builder().allowAddress("127.0.0.1").build());
  }

  @Test
  void walksIndexNewsAndGzipSitemapsWithCapsAndTypedFailures() {
    String root = base + "/sitemap-index.xml";
    SitemapWalk walk = new SitemapCrawler(fetcher(), SitemapConfig.defaults()).walk(root);

    assertThat(walk.entries())
        .extracting(SitemapEntry::url)
        .containsExactly(
            base + "/2024/03/05/studio-chief-claims",
            base + "/2024/03/04/festival-sponsor",
            base + "/about",
            base + "/",
            base + "/contact");
    SitemapEntry news = walk.entries().get(0);
    assertThat(news.title()).isEqualTo("Former studio chief faces new claims");
    assertThat(news.publicationDate()).isEqualTo(Instant.parse("2024-03-05T09:30:00Z"));
    assertThat(news.id()).isEqualTo(Ids.feedItemId(root, news.url()));
    // index, news, pages.xml.gz, nested index, deeper index; deepest is one level too deep
    assertThat(walk.sitemapsRead()).isEqualTo(5);
    assertThat(walk.skippedByDepth()).isEqualTo(1);
    assertThat(walk.skippedByCount()).isZero();
    assertThat(walk.failures())
        .extracting(SitemapFailure::url, SitemapFailure::kind)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(base + "/sitemaps/missing.xml", "HTTP_STATUS"),
            org.assertj.core.groups.Tuple.tuple(
                base + "/sitemaps/entity.xml", "DOCTYPE_NOT_ALLOWED"));
    assertThat(walk.entries()).noneMatch(e -> e.url().contains("injected"));
    // duplicate in news.xml, off-host URL, studio-chief again in pages.xml.gz
    assertThat(walk.droppedEntries()).isEqualTo(3);
  }

  @Test
  void stopsAtTheFileCap() {
    SitemapConfig config = SitemapConfig.builder().maxSitemaps(2).build();
    SitemapWalk walk = new SitemapCrawler(fetcher(), config).walk(base + "/sitemap-index.xml");

    assertThat(walk.sitemapsRead()).isEqualTo(2);
    assertThat(walk.skippedByCount()).isEqualTo(4);
    assertThat(walk.entries()).hasSize(3);
  }

  @Test
  void everyFetchGoesThroughTheAddressPolicy() {
    int before = server.hits();
    HttpFetcher strict = new HttpFetcher(FetchConfig.defaults());

    SitemapWalk walk =
        new SitemapCrawler(strict, SitemapConfig.defaults()).walk(base + "/sitemap-index.xml");

    assertThat(walk.entries()).isEmpty();
    assertThat(walk.failures()).extracting(SitemapFailure::kind).containsExactly("BLOCKED_ADDRESS");
    assertThat(server.hits()).isEqualTo(before);
  }
}
