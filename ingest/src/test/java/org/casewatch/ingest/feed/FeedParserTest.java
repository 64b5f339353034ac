package org.casewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.casewatch.ingest.testutil.Fixtures;
import org.casewatch.model.FeedItem;
import org.casewatch.model.Ids;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  private final FeedParser parser = new FeedParser();

  private FeedParseResult parse(String url, String fixture) throws FeedParseException {
    return parser.parse(url, Fixtures.bytes("feeds/" + fixture), "application/rss+xml");
  }

  @Test
  void parsesRss20() throws FeedParseException {
    String feedUrl = "https://ledger.example/culture/rss.xml";
    FeedParseResult r = parse(feedUrl, "rss2.xml");

    assertThat(r.title()).isEqualTo("Ledger Culture");
    assertThat(r.items())
        .extracting(FeedItem::link)
        .containsExactly(
            "https://ledger.example/culture/2024/03/05/studio-chief-claims",
            "https://ledger.example/culture/2024/03/04/festival-sponsor",
            "https://ledger.example/culture/2024/03/03/board");
    FeedItem first = r.items().get(0);
    assertThat(first.feedUrl()).isEqualTo(feedUrl);
    assertThat(first.itemId()).isEqualTo(Ids.feedItemId(feedUrl, "ledger-10001"));
    assertThat(first.title()).isEqualTo("Former studio chief faces new claims");
    assertThat(first.published()).isEqualTo(Instant.parse("2024-03-05T09:30:00Z"));
    assertThat(r.items().get(1).published()).isEqualTo(Instant.parse("2024-03-04T17:00:00Z"));
    assertThat(r.items().get(2).published()).isEqualTo(Instant.parse("2024-03-03T07:15:00Z"));
    assertThat(r.undated()).isZero();
    assertThat(r.duplicates() + r.unsafeLinks() + r.invalidLinks()).isZero();
  }

  @Test
  void parsesAtom10() throws FeedParseException {
    String feedUrl = "https://gazette.example/atom.xml";
    FeedParseResult r = parse(feedUrl, "atom.xml");

    assertThat(r.items())
        .extracting(FeedItem::link)
        .containsExactly(
            "https://gazette.example/local/union-review",
            "https://gazette.example/local/port-responds");
    assertThat(r.items().get(0).itemId())
        .isEqualTo(Ids.feedItemId(feedUrl, "tag:gazette.example,2024:union-review"));
    assertThat(r.items().get(0).published()).isEqualTo(Instant.parse("2024-03-05T08:00:00Z"));
    // no <published>: the updated date stands in
    assertThat(r.items().get(1).published()).isEqualTo(Instant.parse("2024-03-05T12:00:00Z"));
  }

  @Test
  void parsesRss10Rdf() throws FeedParseException {
    String feedUrl = "https://wire.example/rss";
    FeedParseResult r = parse(feedUrl, "rdf.xml");

    assertThat(r.items())
        .extracting(FeedItem::title)
        .containsExactly("Inquiry widens", "Hearing set");
    assertThat(r.items().get(0).published()).isEqualTo(Instant.parse("2024-02-01T08:00:00Z"));
    assertThat(r.items().get(1).published()).isNull();
    assertThat(r.undated()).isEqualTo(1);
  }

  @Test
  void deduplicatesAndFlagsMessyItems() throws FeedParseException {
    String feedUrl = "https://messy.example/rss";
    FeedParseResult r = parse(feedUrl, "duplicates.xml");

    assertThat(r.items())
        .extracting(FeedItem::title)
        .containsExactly("A", "B no guid", "C bad date", "D no date");
    assertThat(r.duplicates()).isEqualTo(2);
    assertThat(r.invalidLinks()).isEqualTo(1);
    assertThat(r.undated()).isEqualTo(2);
    assertThat(r.totalEntries()).isEqualTo(7);
    FeedItem noGuid = r.items().get(1);
    assertThat(noGuid.itemId())
        .isIn(
            Ids.feedItemId(feedUrl, "https://messy.example/b"),
            Ids.feedItemId(feedUrl, noGuid.link()));
    // ids are stable across parses
    assertThat(parse(feedUrl, "duplicates.xml").items()).isEqualTo(r.items());
  }

  @Test
  void dropsAndCountsNonHttpLinks() throws FeedParseException {
    FeedParseResult r = parse("https://unsafe.example/rss", "unsafe-links.xml");

    assertThat(r.items()).extracting(FeedItem::link).containsExactly("https://unsafe.example/good");
    assertThat(r.unsafeLinks()).isEqualTo(6);
  }

  @Test
  void refusesXxe() {
    byte[] xml = Fixtures.bytes("feeds/xxe.xml");
    assertThatThrownBy(() -> parser.parse("https://evil.example/rss", xml, null))
        .isInstanceOfSatisfying(
            FeedParseException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(FeedParseException.Kind.DOCTYPE_NOT_ALLOWED);
              assertThat(e.getMessage()).doesNotContain(hostname());
              assertThat(e.getCause()).isNull();
            });
  }

  @Test
  void refusesBillionLaughs() {
    byte[] xml = Fixtures.bytes("feeds/billion-laughs.xml");
    assertThatThrownBy(() -> parser.parse("https://lol.example/rss", xml, null))
        .isInstanceOfSatisfying(
            FeedParseException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(FeedParseException.Kind.DOCTYPE_NOT_ALLOWED);
              assertThat(e.getMessage()).doesNotContain("lollol");
            });
  }

  @Test
  void typesOtherFailures() {
    assertThatThrownBy(() -> parser.parse("https://x.example/", new byte[0], null))
        .isInstanceOfSatisfying(
            FeedParseException.class,
            e -> assertThat(e.kind()).isEqualTo(FeedParseException.Kind.EMPTY));
    byte[] broken = "not a feed, not even XML".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parser.parse("https://x.example/", broken, null))
        .isInstanceOfSatisfying(
            FeedParseException.class,
            e -> assertThat(e.kind()).isEqualTo(FeedParseException.Kind.MALFORMED));
    byte[] html = "<html><body><p>hi</p></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parser.parse("https://x.example/", html, "text/html"))
        .isInstanceOfSatisfying(
            FeedParseException.class,
            e -> assertThat(e.kind()).isEqualTo(FeedParseException.Kind.NOT_A_FEED));
  }

  /** The machine's host name, which an XXE payload would leak; never empty. */
  private static String hostname() {
    try {
      List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/etc/hostname"));
      return lines.isEmpty() || lines.get(0).isBlank() ? "\u0000no-hostname" : lines.get(0).trim();
    } catch (java.io.IOException e) {
      return "\u0000no-hostname";
    }
  }
}
