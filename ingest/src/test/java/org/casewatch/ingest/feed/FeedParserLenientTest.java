package org.casewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The forgiving side of {@link FeedParser}: what it recovers, and what it still refuses. */
class FeedParserLenientTest {

  private static final String URL = "https://feeds.example/news/rss";

  private final FeedParser parser = new FeedParser();

  private FeedDocument read(String xml) throws FeedParseException {
    return parser.read(URL, xml.getBytes(StandardCharsets.UTF_8), null);
  }

  private static void assertRefused(byte[] xml) {
    FeedParser parser = new FeedParser();
    assertThatThrownBy(() -> parser.read(URL, xml, null))
        .isInstanceOfSatisfying(
            FeedParseException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(FeedParseException.Kind.DOCTYPE_NOT_ALLOWED);
              assertThat(e.getCause()).isNull();
            });
  }

  @Test
  void decodesHtmlEntitiesXmlDoesNotDeclare() throws FeedParseException {
    FeedDocument doc =
        read(
            "<rss version=\"2.0\"><channel><title>Caf&eacute; &amp; more&hellip;</title>"
                + "<item><title>Na&iuml;ve &ldquo;claims&rdquo;</title>"
                + "<link>https://feeds.example/a?x=1&y=2</link></item></channel></rss>");

    assertThat(doc.title()).isEqualTo("Caf\u00e9 & more\u2026");
    assertThat(doc.entries().get(0).title()).isEqualTo("Na\u00efve \u201cclaims\u201d");
    assertThat(doc.entries().get(0).link()).isEqualTo("https://feeds.example/a?x=1&y=2");
  }

  @Test
  void cutsOutAnExternalDoctypeUnread() throws FeedParseException {
    FeedDocument doc =
        read(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS"
                + " 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                + "<rss version=\"0.91\"><channel><title>Old &amp; fine</title>"
                + "<item><title>One</title><link>https://feeds.example/1</link></item>"
                + "</channel></rss>");

    assertThat(doc.title()).isEqualTo("Old & fine");
    assertThat(doc.entries())
        .extracting(FeedEntry::link)
        .containsExactly("https://feeds.example/1");
  }

  @Test
  void stillRefusesInternalSubsetsAndEntityDeclarations() {
    assertRefused(
        ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"planted\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>")
            .getBytes(StandardCharsets.UTF_8));
    // broken XML (so the forgiving reader runs) with a declaration further down
    assertRefused(
        ("<rss version=\"2.0\"><channel><title>&nbsp;x</title>"
                + "<!ENTITY y SYSTEM \"file:///etc/passwd\"></channel></rss>")
            .getBytes(StandardCharsets.UTF_8));
    // a second DOCTYPE after an external one
    assertRefused(
        ("<!DOCTYPE rss SYSTEM \"a.dtd\"><!DOCTYPE rss [<!ENTITY z \"z\">]><rss/>")
            .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void detectsUtf16AndUtf32WithoutByteOrderMark() throws FeedParseException {
    String xml =
        "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel>"
            + "<title>\u00e9t\u00e9 \u4e2d</title></channel></rss>";
    for (String name : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
      byte[] bytes = xml.getBytes(Charset.forName(name));
      assertThat(parser.read(URL, bytes, null).title()).as(name).isEqualTo("\u00e9t\u00e9 \u4e2d");
    }
  }

  @Test
  void httpCharsetDecodesUndeclaredBytes() throws FeedParseException {
    byte[] bytes =
        "<rss version=\"2.0\"><channel><title>caf\u00e9</title></channel></rss>"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(parser.read(URL, bytes, "application/rss+xml; charset=ISO-8859-1").title())
        .isEqualTo("caf\u00e9");
  }

  @Test
  void rssWithoutChannelIsAnEmptyFeed() throws FeedParseException {
    assertThat(read("<rss version=\"2.0\"></rss>").entries()).isEmpty();
  }

  @Test
  void titlesAreTextWhateverTheConstruct() throws FeedParseException {
    FeedDocument atom =
        read(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"html\">"
                + "&lt;b&gt;Bold&lt;/b&gt; news</title><entry><title type=\"xhtml\">"
                + "<div xmlns=\"http://www.w3.org/1999/xhtml\">History of the &lt;blink&gt; tag"
                + "</div></title><link href=\"/a\"/></entry><entry><title type=\"text\">"
                + "a &lt;b&gt; b</title><link href=\"/b\"/></entry></feed>");

    assertThat(atom.title()).isEqualTo("Bold news");
    assertThat(atom.entries())
        .extracting(FeedEntry::title)
        .containsExactly("History of the <blink> tag", "a <b> b");
    assertThat(atom.entries())
        .extracting(FeedEntry::link)
        .containsExactly("https://feeds.example/a", "https://feeds.example/b");
  }

  @Test
  void readsAFeedRootInAnUnknownNamespaceAsAtom() throws FeedParseException {
    FeedDocument doc =
        read(
            "<feed xmlns=\"http://example.com/newformat#\"><title>Odd</title>"
                + "<entry><title>E</title><link rel=\"alternate\" href=\"https://feeds.example/e\"/>"
                + "</entry></feed>");

    assertThat(doc.title()).isEqualTo("Odd");
    assertThat(doc.entries())
        .extracting(FeedEntry::link)
        .containsExactly("https://feeds.example/e");
  }

  @Test
  void recoversTheItemsBeforeATruncation() throws FeedParseException {
    byte[] cut =
        ("<rss version=\"2.0\"><channel><title>Cut</title>"
                + "<item><title>Whole</title><link>https://feeds.example/whole</link></item>"
                + "<item><title>Half</ti")
            .getBytes(StandardCharsets.UTF_8);
    FeedParseResult r = parser.parse(URL, cut, null);

    assertThat(parser.read(URL, cut, null).recovered()).isTrue();

    assertThat(r.title()).isEqualTo("Cut");
    assertThat(r.items()).extracting(i -> i.link()).containsExactly("https://feeds.example/whole");
    assertThat(r.invalidLinks()).isEqualTo(1);
  }

  @Test
  void readsOldFeedDialects() throws FeedParseException {
    FeedDocument base64 =
        read(
            "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title mode=\"base64\">\n"
                + "  RXhhbXBsZSA8Yj5BdG9tPC9iPg==\n</title></feed>");
    FeedDocument userland =
        read(
            "<rss xmlns=\"http://backend.userland.com/rss\"><channel><title>Userland</title>"
                + "<item><link>https://feeds.example/u</link></item></channel></rss>");
    FeedDocument future = read("<rss version=\"2.1\"><channel><title>Next</title></channel></rss>");

    assertThat(base64.title()).isEqualTo("Example Atom");
    assertThat(userland.title()).isEqualTo("Userland");
    assertThat(userland.entries())
        .extracting(FeedEntry::link)
        .containsExactly("https://feeds.example/u");
    assertThat(future.title()).isEqualTo("Next");
  }

  @Test
  void brokenHtmlIsNotAFeed() {
    byte[] html = "<html><body><p>hi<br></body></html>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parser.read(URL, html, "text/html"))
        .isInstanceOfSatisfying(
            FeedParseException.class,
            e -> assertThat(e.kind()).isEqualTo(FeedParseException.Kind.NOT_A_FEED));
  }
}
