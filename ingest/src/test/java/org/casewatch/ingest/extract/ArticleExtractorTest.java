package org.casewatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.casewatch.ingest.testutil.Fixtures;
import org.casewatch.model.Article;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

  private static final Instant FETCHED = Instant.parse("2024-03-07T12:00:00Z");
  private static final Instant FEED_DATE = Instant.parse("2024-03-01T00:00:00Z");
  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void extractsARealisticNewsPage() throws ExtractionException {
    String url = "https://ledger.example/culture/2024/03/05/studio-chief-claims?utm_source=rss";
    Article a =
        extractor.extract(url, Fixtures.bytes("html/news-article.html"), null, FETCHED, FEED_DATE);

    assertThat(a.url()).isEqualTo(url);
    assertThat(a.title()).isEqualTo("Former studio chief faces new misconduct claims");
    assertThat(a.canonicalUrl())
        .isEqualTo("https://ledger.example/culture/2024/03/05/studio-chief-claims");
    assertThat(a.source()).isEqualTo("The Daily Ledger");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-03-05T08:30:00Z"));
    assertThat(a.fetchedAt()).isEqualTo(FETCHED);
    assertThat(a.body())
        .startsWith("Three more women have come forward with allegations")
        .endsWith("whether the new claims can be added to the existing lawsuit.")
        .contains("\n\nCompany response\n\n")
        .contains("had updated its workplace policy in 2023.")
        .doesNotContain("Subscribe today", "Culture\n", "Opinion")
        .doesNotContain("Related", "Studio opens internal inquiry", "More from Culture")
        .doesNotContain("Most read", "Local team wins", "Privacy", "All rights reserved")
        .doesNotContain("By A. Reporter", "Photo: Agency", "Sign up", "Breaking")
        .doesNotContain("<", "dataLayer", "color: red");
    assertThat(a.body().split("\n\n")).hasSize(5);
    assertThat(a.id()).hasSize(32);
  }

  @Test
  void extractsAPageWithoutArticleElement() throws ExtractionException {
    String url = "https://gazette.example/local/union-review#comments";
    Article a = extractor.extract(url, Fixtures.bytes("html/no-article.html"), null, FETCHED, null);

    assertThat(a.title()).isEqualTo("Union calls for independent review");
    assertThat(a.canonicalUrl()).isEqualTo("https://gazette.example/local/union-review");
    assertThat(a.source()).isEqualTo("gazette.example");
    assertThat(a.publishedAt()).isNull();
    assertThat(a.body())
        .startsWith("The union representing dock workers has called for an independent review")
        .endsWith("at its next board meeting in the Café Room.")
        .doesNotContain("Weather", "Tide tables", "12 Quay Street", "About");
    assertThat(a.body().split("\n\n")).hasSize(3);
  }

  @Test
  void fallsBackToTheFeedDateAndTimeElement() throws ExtractionException {
    String html =
        "<html><head><title>T</title></head><body><article><h1>Headline</h1>"
            + "<p>First paragraph of the story.</p><p>Second one.</p></article></body></html>";
    Article noDate = extractor.extract("https://x.example/a", html, FETCHED, FEED_DATE);
    assertThat(noDate.publishedAt()).isEqualTo(FEED_DATE);
    assertThat(noDate.title()).isEqualTo("Headline");
    assertThat(noDate.body()).isEqualTo("First paragraph of the story.\n\nSecond one.");

    String withTime =
        html.replace(
            "</h1>", "</h1><div><time datetime=\"2024-02-02T10:00:00+0100\">x</time></div>");
    assertThat(extractor.extract("https://x.example/a", withTime, FETCHED, FEED_DATE).publishedAt())
        .isEqualTo(Instant.parse("2024-02-02T09:00:00Z"));
  }

  @Test
  void refusesNonHttpCanonicalUrls() throws ExtractionException {
    String html =
        "<html><head><link rel=canonical href='javascript:alert(1)'>"
            + "<meta property='og:url' content='file:///etc/passwd'></head>"
            + "<body><p>Some real text here.</p></body></html>";
    Article a = extractor.extract("https://x.example/a?b=1#frag", html, FETCHED, null);
    assertThat(a.canonicalUrl()).isEqualTo("https://x.example/a?b=1");
  }

  @Test
  void pageWithoutMainTextIsEmpty() {
    assertThatThrownBy(
            () ->
                extractor.extract(
                    "https://x.example/", Fixtures.bytes("html/empty.html"), null, FETCHED, null))
        .isInstanceOfSatisfying(
            ExtractionException.class,
            e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.EMPTY));
    assertThatThrownBy(
            () -> extractor.extract("https://x.example/", new byte[0], null, FETCHED, null))
        .isInstanceOfSatisfying(
            ExtractionException.class,
            e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.EMPTY));
  }

  @Test
  void binaryBytesAreNotHtml() {
    assertThatThrownBy(
            () ->
                extractor.extract(
                    "https://x.example/p.html",
                    Fixtures.bytes("html/pixel.png"),
                    StandardCharsets.UTF_8,
                    FETCHED,
                    null))
        .isInstanceOfSatisfying(
            ExtractionException.class,
            e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.NOT_HTML));
  }

  @Test
  void byteOrderMarkWinsOverAWrongHeaderCharset() throws ExtractionException {
    String html =
        "<html><head><meta charset=utf-8></head><body><article>"
            + "<p>Golden: é ł ж 中</p></article></body></html>";
    byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    java.nio.charset.Charset detected =
        org.casewatch.ingest.internal.Charsets.detect(withBom, "text/html; charset=ISO-8859-1");
    Article a = extractor.extract("https://x.example/", withBom, detected, FETCHED, null);
    assertThat(a.body()).isEqualTo("Golden: é ł ж 中");
  }

  @Test
  void readsBylineLanguageModifiedDateAndSiteName() throws ExtractionException {
    String url = "https://ledger.example/culture/2024/03/05/studio-chief-claims";
    ExtractedPage page =
        extractor.extractPage(
            url, Fixtures.bytes("html/news-article.html"), null, FETCHED, FEED_DATE);

    assertThat(page.byline()).isEqualTo("A. Reporter");
    assertThat(page.language()).isEqualTo("en");
    assertThat(page.modifiedAt()).isEqualTo(Instant.parse("2024-03-05T14:00:00Z"));
    assertThat(page.siteName()).isEqualTo("The Daily Ledger");
    assertThat(page.paywalled()).isFalse();
    assertThat(page.kind()).isEqualTo(ExtractedPage.Kind.ARTICLE);
    assertThat(page.article().body()).doesNotContain("Updated 6 March");
  }

  @Test
  void extractsABlogPostSplitOverSiblingContainersWithoutMarkup() throws ExtractionException {
    ExtractedPage page =
        extractor.extractPage(
            "https://notes.example/post/42",
            Fixtures.bytes("html/blog-post.html"),
            null,
            FETCHED,
            FEED_DATE);
    Article a = page.article();

    assertThat(a.title()).isEqualTo("Notes from the newsroom");
    assertThat(page.byline()).isEqualTo("Camille Martin");
    assertThat(page.language()).isEqualTo("fr-FR");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2023-11-02T00:00:00Z"));
    assertThat(a.source()).isEqualTo("notes.example");
    assertThat(page.kind()).isEqualTo(ExtractedPage.Kind.ARTICLE);
    assertThat(a.body())
        .startsWith("The archive of the harbour authority")
        .contains("\n\nWhat the letters say\n\n")
        .contains("Another letter, signed by eleven staff members")
        .endsWith("still counts as part of the story for readers.")
        .doesNotContain("Advertisement", "Share on social", "Posted on", "Home")
        .doesNotContain("archives, harbour", "comments", "Great work", "second batch")
        .doesNotContain("Popular posts", "volunteers", "All rights reserved");
  }

  @Test
  void detectsAPaywallFromStructuredData() throws ExtractionException {
    ExtractedPage page =
        extractor.extractPage(
            "https://courier.example/tribunal",
            Fixtures.bytes("html/paywalled.html"),
            null,
            FETCHED,
            null);

    assertThat(page.paywalled()).isTrue();
    assertThat(page.byline()).isEqualTo("Jo Smith, Sam Lee");
    assertThat(page.siteName()).isEqualTo("The Courier");
    assertThat(page.language()).isEqualTo("en-GB");
    assertThat(page.article().publishedAt()).isEqualTo(Instant.parse("2024-05-01T06:00:00Z"));
    assertThat(page.article().body())
        .contains("the first of nine witnesses")
        .doesNotContain("Subscribe");
  }

  @Test
  void detectsAPaywallShownOverAShortText() throws ExtractionException {
    String html =
        "<html><body><article><p>Only the first paragraph of this story is visible to readers"
            + " without a subscription.</p></article>"
            + "<div id='paywall-modal'>Already a member? Log in</div></body></html>";
    ExtractedPage page = extractor.extractPage("https://x.example/a", html, FETCHED, null);
    assertThat(page.paywalled()).isTrue();

    ExtractedPage free =
        extractor.extractPage(
            "https://x.example/a", html.replace("paywall-modal", "login"), FETCHED, null);
    assertThat(free.paywalled()).isFalse();
  }

  @Test
  void tellsSectionPagesFromArticles() throws ExtractionException {
    ExtractedPage page =
        extractor.extractPage(
            "https://courier.example/world",
            Fixtures.bytes("html/section-page.html"),
            null,
            FETCHED,
            null);
    assertThat(page.kind()).isEqualTo(ExtractedPage.Kind.NON_ARTICLE);
    assertThat(page.siteName()).isEqualTo("The Courier");
  }

  @Test
  void takesThePublicationDateFromTheUrlWhenThePageHasNone() throws ExtractionException {
    String html =
        "<html><body><article><p>Some real text of the story.</p></article></body></html>";
    assertThat(
            extractor
                .extract("https://x.example/news/2021/07/14/story", html, FETCHED, FEED_DATE)
                .publishedAt())
        .isEqualTo(Instant.parse("2021-07-14T00:00:00Z"));
    assertThat(
            extractor
                .extract("https://x.example/2019-11-18-story.html", html, FETCHED, FEED_DATE)
                .publishedAt())
        .isEqualTo(Instant.parse("2019-11-18T00:00:00Z"));
    assertThat(
            extractor
                .extract("https://x.example/news/2021/13/45/story", html, FETCHED, FEED_DATE)
                .publishedAt())
        .isEqualTo(FEED_DATE);
  }

  @Test
  void readsMetaDatesAndLanguageWhenThereIsNoJsonLd() throws ExtractionException {
    String html =
        "<html><head><meta name='pubdate' content='2022-01-02T03:04:05+02:00'>"
            + "<meta property='article:modified_time' content='2022-01-03T00:00:00Z'>"
            + "<meta property='og:locale' content='de_DE'>"
            + "<meta name='byl' content='By Lena Vogel'>"
            + "<script type='application/ld+json'>{ not json</script></head>"
            + "<body><p>Ein Absatz mit genug Text, um als Artikel zu gelten.</p></body></html>";
    ExtractedPage page = extractor.extractPage("https://x.example/a", html, FETCHED, FEED_DATE);
    assertThat(page.article().publishedAt()).isEqualTo(Instant.parse("2022-01-02T01:04:05Z"));
    assertThat(page.modifiedAt()).isEqualTo(Instant.parse("2022-01-03T00:00:00Z"));
    assertThat(page.language()).isEqualTo("de-DE");
    assertThat(page.byline()).isEqualTo("Lena Vogel");
  }

  @Test
  void proseOutweighsAWebsiteOgType() throws ExtractionException {
    String paragraph =
        "<p>The committee heard evidence from former staff members over three days, and its"
            + " report, which several of them said they had waited years to see, is expected to be"
            + " published before the end of the parliamentary term in the summer.</p>";
    String website = "<meta property='og:type' content='website'>";
    assertThat(kindOf(website, paragraph.repeat(3))).isEqualTo(ExtractedPage.Kind.ARTICLE);
    assertThat(kindOf(website, paragraph.repeat(2))).isEqualTo(ExtractedPage.Kind.NON_ARTICLE);
    assertThat(kindOf("", paragraph.repeat(2))).isEqualTo(ExtractedPage.Kind.ARTICLE);
  }

  private ExtractedPage.Kind kindOf(String head, String body) throws ExtractionException {
    String html = "<html><head>" + head + "</head><body><div>" + body + "</div></body></html>";
    return extractor.extractPage("https://x.example/a", html, FETCHED, null).kind();
  }
}
