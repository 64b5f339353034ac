package org.casewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.casewatch.ingest.sitemap.SitemapConfig;
import org.casewatch.ingest.sitemap.SitemapDocument;
import org.casewatch.ingest.sitemap.SitemapException;
import org.casewatch.ingest.sitemap.SitemapParser;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * XML that points outward (reliability cases 57 and 59): external DTDs, external and parameter
 * entities and XInclude in feeds and sitemaps all aim at a canary server on loopback, which must
 * record zero requests, and the canary's text must never reach a parsed document.
 */
@SuppressForbidden(reason = "the JDK HTTP server is the loopback canary")
class XmlCanaryITCase {

  private static final String SECRET = "canary-secret-7f3a";

  private static LocalServer canary;
  private static String canaryBase;

  private final FeedParser feeds = new FeedParser();
  private final SitemapParser sitemaps = new SitemapParser(SitemapConfig.defaults());

  @BeforeAll
  static void start() throws IOException {
    canary = LocalServer.start();
    canaryBase = canary.base();
    canary.route(
        "/",
        ex ->
            LocalServer.respond(
                ex,
                200,
                "application/xml-dtd",
                "<!ENTITY leak \"" + SECRET + "\"><!ELEMENT rss ANY>"));
  }

  @AfterAll
  static void stop() {
    canary.close();
  }

  @AfterEach
  void canaryStaysSilent() {
    assertThat(canary.hits()).as("requests that reached the canary").isZero();
  }

  @Test
  void externalDtdInAFeedIsNeverFetched() {
    assertFeedSafe(
        "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \""
            + canaryBase
            + "/x.dtd\"><rss version=\"2.0\"><channel><title>T</title>"
            + "<item><title>One</title><link>https://feeds.example/1</link></item>"
            + "</channel></rss>");
  }

  @Test
  void externalAndParameterEntitiesInAFeedAreRefused() {
    assertFeedRefused(
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e SYSTEM \""
            + canaryBase
            + "/e\">]><rss version=\"2.0\"><channel><title>&e;</title></channel></rss>");
    assertFeedRefused(
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p SYSTEM \""
            + canaryBase
            + "/p.dtd\"> %p;]><rss version=\"2.0\"><channel><title>&leak;</title>"
            + "</channel></rss>");
  }

  @Test
  void xincludeInAFeedIsNotProcessed() {
    assertFeedSafe(
        "<?xml version=\"1.0\"?><rss version=\"2.0\""
            + " xmlns:xi=\"http://www.w3.org/2001/XInclude\"><channel><title>T</title>"
            + "<item><title>One<xi:include href=\""
            + canaryBase
            + "/inc\" parse=\"text\"/></title><link>https://feeds.example/1</link></item>"
            + "<item><title>Two<xi:include href=\"file:///etc/hostname\" parse=\"text\"/>"
            + "</title><link>https://feeds.example/2</link></item></channel></rss>");
  }

  @Test
  void sitemapWithExternalDtdOrXincludeReachesNothing() {
    assertSitemapSafe(
        "<?xml version=\"1.0\"?><!DOCTYPE urlset SYSTEM \""
            + canaryBase
            + "/s.dtd\"><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<url><loc>https://news.example/a</loc></url></urlset>");
    assertSitemapSafe(
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + " xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
            + "<url><loc>https://news.example/a</loc></url>"
            + "<xi:include href=\""
            + canaryBase
            + "/more.xml\"/></urlset>");
  }

  private void assertFeedSafe(String xml) {
    try {
      FeedDocument doc = feeds.read("https://feeds.example/rss", bytes(xml), null);
      assertThat(doc.toString()).doesNotContain(SECRET).doesNotContain("root:");
    } catch (FeedParseException refused) {
      assertThat(String.valueOf(refused.getMessage())).doesNotContain(SECRET);
    }
  }

  private void assertFeedRefused(String xml) {
    try {
      FeedDocument doc = feeds.read("https://feeds.example/rss", bytes(xml), null);
      throw new AssertionError("entity feed was accepted: " + doc);
    } catch (FeedParseException refused) {
      assertThat(String.valueOf(refused.getMessage())).doesNotContain(SECRET);
    }
  }

  private void assertSitemapSafe(String xml) {
    try {
      SitemapDocument doc = sitemaps.parse("test", "https://news.example/sitemap.xml", bytes(xml));
      assertThat(doc.toString()).doesNotContain(SECRET);
    } catch (SitemapException refused) {
      assertThat(String.valueOf(refused.getMessage())).doesNotContain(SECRET);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
