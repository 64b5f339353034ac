package org.casewatch.ingest.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.casewatch.ingest.testutil.Fixtures;
import org.casewatch.model.FeedItem;
import org.casewatch.model.Ids;
import org.junit.jupiter.api.Test;

class SitemapParserTest {

  private static final String NEWS = "https://news.example/sitemaps/news.xml";
  private static final String INDEX = "https://news.example/sitemap-index.xml";

  private final SitemapParser parser = new SitemapParser(SitemapConfig.defaults());

  private static byte[] fixture(String name) {
    return Fixtures.bytes("sitemaps/" + name);
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void readsGoogleNewsAttributes() throws SitemapException {
    SitemapDocument doc = parser.parse(INDEX, NEWS, fixture("news-sitemap.xml"));

    assertThat(doc.index()).isFalse();
    assertThat(doc.entries())
        .extracting(SitemapEntry::url)
        .containsExactly(
            "https://news.example/2024/03/05/studio-chief-claims",
            "https://news.example/2024/03/04/festival-sponsor",
            "https://news.example/about");
    // one duplicate <loc>, one URL on another host
    assertThat(doc.dropped()).isEqualTo(2);
    SitemapEntry first = doc.entries().get(0);
    assertThat(first.title()).isEqualTo("Former studio chief faces new claims");
    assertThat(first.publicationDate()).isEqualTo(Instant.parse("2024-03-05T09:30:00Z"));
    assertThat(first.lastModified()).isEqualTo(Instant.parse("2024-03-05T10:00:00Z"));
    assertThat(first.language()).isEqualTo("en");
    assertThat(first.id()).isEqualTo(Ids.feedItemId(INDEX, first.url()));
    SitemapEntry second = doc.entries().get(1);
    assertThat(second.title()).isEqualTo("Festival sponsor withdraws & apologises");
    assertThat(second.publicationDate()).isEqualTo(Instant.parse("2024-03-04T00:00:00Z"));
    SitemapEntry plain = doc.entries().get(2);
    assertThat(plain.title()).isEmpty();
    assertThat(plain.publicationDate()).isNull();
    assertThat(plain.published()).isEqualTo(Instant.parse("2024-01-15T00:00:00Z"));
  }

  @Test
  void entriesBecomeFeedItemsWithStableIds() throws SitemapException {
    FeedItem item =
        parser.parse(INDEX, NEWS, fixture("news-sitemap.xml")).entries().get(0).toFeedItem();
    FeedItem again =
        parser.parse(INDEX, NEWS, fixture("news-sitemap.xml")).entries().get(0).toFeedItem();

    assertThat(item).isEqualTo(again);
    assertThat(item.feedUrl()).isEqualTo(INDEX);
    assertThat(item.link()).isEqualTo("https://news.example/2024/03/05/studio-chief-claims");
    assertThat(item.published()).isEqualTo(Instant.parse("2024-03-05T09:30:00Z"));
  }

  @Test
  void readsIndexChildrenOnceAndOnlyOnItsHost() throws SitemapException {
    SitemapDocument doc =
        parser.parse(INDEX, "https://news.example/sitemap-index.xml", fixture("sitemap-index.xml"));

    assertThat(doc.index()).isTrue();
    assertThat(doc.entries()).isEmpty();
    assertThat(doc.sitemaps())
        .containsExactly(
            "https://news.example/sitemaps/news.xml", "https://news.example/sitemaps/pages.xml.gz");
    assertThat(doc.dropped()).isEqualTo(2);
  }

  @Test
  void otherHostsAreKeptWhenConfigured() throws SitemapException {
    SitemapParser open = new SitemapParser(SitemapConfig.builder().sameHostOnly(false).build());

    assertThat(open.parse(INDEX, NEWS, fixture("news-sitemap.xml")).entries())
        .extracting(SitemapEntry::url)
        .contains("https://elsewhere.example/not-ours");
  }

  @Test
  void readsGzipSitemapsLikePlainOnes() throws Exception {
    SitemapDocument plain = parser.parse(INDEX, NEWS, fixture("news-sitemap.xml"));
    SitemapDocument gz = parser.parse(INDEX, NEWS + ".gz", gzip(fixture("news-sitemap.xml")));

    assertThat(gz.entries()).isEqualTo(plain.entries());
  }

  @Test
  void gzipBombStopsAtTheCap() throws Exception {
    StringBuilder big = new StringBuilder("<?xml version=\"1.0\"?><urlset>");
    big.append(" ".repeat(2_000_000)).append("</urlset>");
    byte[] bomb = gzip(big.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    SitemapParser capped = new SitemapParser(SitemapConfig.builder().maxBytes(100_000).build());

    assertThat(bomb.length).isLessThan(100_000);
    assertThatThrownBy(() -> capped.parse(INDEX, NEWS, bomb))
        .isInstanceOfSatisfying(
            SitemapException.class,
            e -> assertThat(e.kind()).isEqualTo(SitemapException.Kind.TOO_LARGE));
  }

  @Test
  void sitemapWithEntityIsNeverProcessed() {
    Throwable thrown =
        catchThrowable(() -> parser.parse(INDEX, NEWS, fixture("entity-sitemap.xml")));

    assertThat(thrown)
        .isInstanceOfSatisfying(
            SitemapException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(SitemapException.Kind.DOCTYPE_NOT_ALLOWED);
              assertThat(e.getMessage()).doesNotContain("injected");
            });
  }

  @Test
  void crawlerCommonsAloneAlsoRefusesTheEntity() throws Exception {
    // the second line of defence (reliability case 59): the library's own DOCTYPE refusal
    SiteMapParser library = new SiteMapParser(false, false);
    Throwable thrown =
        catchThrowable(
            () -> {
              AbstractSiteMap map =
                  library.parseSiteMap(
                      "application/xml", fixture("entity-sitemap.xml"), URI.create(NEWS).toURL());
              assertThat(((SiteMap) map).getSiteMapUrls())
                  .noneMatch(u -> u.getUrl().toString().contains("injected"));
            });
    assertThat(thrown).isNotInstanceOf(AssertionError.class);
  }

  @Test
  void capsUrlsPerFile() throws SitemapException {
    SitemapParser capped = new SitemapParser(SitemapConfig.builder().maxUrlsPerSitemap(1).build());

    SitemapDocument doc = capped.parse(INDEX, NEWS, fixture("news-sitemap.xml"));

    assertThat(doc.entries()).hasSize(1);
    assertThat(doc.dropped()).isEqualTo(4);
  }

  @Test
  void readsPlainTextSitemaps() throws SitemapException {
    SitemapDocument doc = parser.parse(INDEX, "https://news.example/urls.txt", fixture("urls.txt"));

    assertThat(doc.entries())
        .extracting(SitemapEntry::url)
        .containsExactly(
            "https://news.example/2024/03/01/first", "https://news.example/2024/03/02/second");
  }

  @Test
  void brokenFilesFailTyped() {
    assertThatThrownBy(() -> parser.parse(INDEX, NEWS, fixture("truncated.xml")))
        .isInstanceOfSatisfying(
            SitemapException.class,
            e -> assertThat(e.kind()).isEqualTo(SitemapException.Kind.MALFORMED));
    assertThatThrownBy(() -> parser.parse(INDEX, NEWS, new byte[] {0x1f, (byte) 0x8b, 1, 2, 3}))
        .isInstanceOfSatisfying(
            SitemapException.class,
            e -> assertThat(e.kind()).isEqualTo(SitemapException.Kind.MALFORMED));
    assertThatThrownBy(() -> parser.parse(INDEX, NEWS, new byte[0]))
        .isInstanceOfSatisfying(
            SitemapException.class,
            e -> assertThat(e.kind()).isEqualTo(SitemapException.Kind.EMPTY));
  }

  @Test
  void configRejectsNonsense() {
    assertThatThrownBy(() -> SitemapConfig.builder().maxDepth(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SitemapConfig.builder().maxSitemaps(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
