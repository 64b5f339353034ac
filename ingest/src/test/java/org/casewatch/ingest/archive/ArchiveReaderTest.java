package org.casewatch.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.testutil.ArchiveFixtures;
import org.casewatch.model.Article;
import org.casewatch.model.SocialPost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReaderTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Map<String, String> JSON_FIELDS =
      Map.of(
          "id", "/id",
          "url", "/link",
          "text", "/content",
          "author", "/account/acct",
          "published", "created_at",
          "platform", "/platform");

  @TempDir Path dir;

  static List<ArchiveItem> readAll(ArchiveFile file, long offset, long number) throws IOException {
    List<ArchiveItem> items = new ArrayList<>();
    try (ArchiveReader reader =
        ArchiveReader.open(file, offset, number, new ArticleExtractor(), CLOCK)) {
      for (ArchiveItem item; (item = reader.next()) != null; ) {
        items.add(item);
      }
      assertThat(reader.bytesRead()).isEqualTo(reader.size());
    }
    return items;
  }

  /** Items without the dead letters' failure times. */
  private static List<String> summaries(List<ArchiveItem> items) {
    return items.stream()
        .map(
            i ->
                i.offset()
                    + "/"
                    + i.recordNumber()
                    + "/"
                    + i.article()
                    + "/"
                    + (i.deadLetter() == null ? null : i.deadLetter().errorType()))
        .toList();
  }

  private static List<Article> articles(List<ArchiveItem> items) {
    return items.stream().filter(i -> i.article() != null).map(ArchiveItem::article).toList();
  }

  private static List<ArchiveItem> dead(List<ArchiveItem> items) {
    return items.stream().filter(i -> i.deadLetter() != null).toList();
  }

  @Test
  void warcGzPagesBecomeArticlesWithPageDateElseWarcDate() throws IOException {
    Path warc = dir.resolve("pages.warc.gz");
    ArchiveFixtures.warc(warc, 6, true);
    List<ArchiveItem> items = readAll(ArchiveFile.warc(warc.toString()), -1, 0);

    assertThat(items).hasSize(13); // 6 requests, 6 pages, 1 PDF
    assertThat(items)
        .extracting(ArchiveItem::recordNumber)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L);
    List<Article> articles = articles(items);
    assertThat(articles).hasSize(6);
    assertThat(dead(items)).isEmpty();
    for (int n = 1; n <= 6; n++) {
      Article a = articles.get(n - 1);
      assertThat(a.url()).isEqualTo(ArchiveFixtures.pageUrl(n));
      assertThat(a.title()).isEqualTo(ArchiveFixtures.title(n));
      assertThat(a.body()).contains("Paragraph 1 of report " + n);
      assertThat(a.fetchedAt()).isEqualTo(ArchiveFixtures.captureDate(n));
      Instant expected =
          n % 2 == 0
              ? Instant.parse(String.format(java.util.Locale.ROOT, "2023-01-%02dT08:00:00Z", 1 + n))
              : ArchiveFixtures.captureDate(n);
      assertThat(a.publishedAt()).as("page %d", n).isEqualTo(expected);
    }
  }

  @Test
  void warcResumesRightAfterTheLastHandledRecord() throws IOException {
    for (boolean gzip : new boolean[] {false, true}) {
      Path warc = dir.resolve("resume-" + gzip + ".warc" + (gzip ? ".gz" : ""));
      ArchiveFixtures.warc(warc, 5, gzip);
      ArchiveFile file = ArchiveFile.warc(warc.toString());
      List<ArchiveItem> all = readAll(file, -1, 0);
      ArchiveItem fourth = all.get(3);
      List<ArchiveItem> rest = readAll(file, fourth.offset(), fourth.recordNumber());
      assertThat(rest).isEqualTo(all.subList(4, all.size()));
    }
  }

  @Test
  void malformedWarcRecordIsDeadLetteredAndReadingGoesOn() throws IOException {
    Path warc = dir.resolve("bad.warc");
    List<Long> offsets = ArchiveFixtures.warc(warc, 5, false);
    byte[] bytes = Files.readAllBytes(warc);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int third = offsets.get(2).intValue();
    int lineEnd = text.indexOf("\r\n", third) + 2;
    String broken =
        text.substring(0, lineEnd) + "this line is no header\r\n" + text.substring(lineEnd);
    Files.write(warc, broken.getBytes(StandardCharsets.ISO_8859_1));
    ArchiveFile file = ArchiveFile.warc(warc.toString());

    List<ArchiveItem> items = readAll(file, -1, 0);
    List<ArchiveItem> dead = dead(items);
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).offset()).isEqualTo(third);
    assertThat(dead.get(0).deadLetter().errorType()).isEqualTo("MALFORMED_RECORD");
    assertThat(dead.get(0).deadLetter().stage()).isEqualTo(ArchiveRecords.STAGE);
    assertThat(dead.get(0).deadLetter().sourceUrl()).endsWith("bad.warc#offset=" + third);
    assertThat(articles(items))
        .extracting(Article::url)
        .containsExactly(
            ArchiveFixtures.pageUrl(1),
            ArchiveFixtures.pageUrl(2),
            ArchiveFixtures.pageUrl(4),
            ArchiveFixtures.pageUrl(5));

    // resuming at the bad record neither repeats it nor loses what follows
    List<ArchiveItem> rest = readAll(file, dead.get(0).offset(), dead.get(0).recordNumber());
    assertThat(dead(rest)).isEmpty();
    assertThat(articles(rest)).hasSize(2);
  }

  @Test
  void corruptGzipMemberIsDeadLetteredAndTheNextMemberRead() throws IOException {
    Path warc = dir.resolve("corrupt.warc.gz");
    List<Long> offsets = ArchiveFixtures.warc(warc, 4, true);
    byte[] bytes = Files.readAllBytes(warc);
    int second = offsets.get(1).intValue();
    for (int i = second + 20; i < second + 60; i++) {
      bytes[i] = (byte) 0x55;
    }
    Files.write(warc, bytes);

    List<ArchiveItem> items = readAll(ArchiveFile.warc(warc.toString()), -1, 0);
    assertThat(dead(items)).isNotEmpty();
    assertThat(dead(items).get(0).offset()).isEqualTo(second);
    assertThat(articles(items))
        .extracting(Article::url)
        .contains(
            ArchiveFixtures.pageUrl(1), ArchiveFixtures.pageUrl(3), ArchiveFixtures.pageUrl(4))
        .doesNotContain(ArchiveFixtures.pageUrl(2));
  }

  @Test
  void jsonlPostsAreMappedAndBadLinesDeadLettered() throws IOException {
    Path jsonl = dir.resolve("posts.jsonl");
    Files.writeString(
        jsonl,
        String.join(
            "\n",
            "{\"id\":\"1\",\"link\":\"https://Social.Example/@ann/1\",\"content\":\"First post"
                + " #MeToo\",\"account\":{\"acct\":\"ann\"},\"created_at\":\"2018-01-02T03:04:05Z\","
                + "\"platform\":\"Mastodon\"}",
            "",
            "{not json",
            "{\"id\":\"3\",\"link\":\"https://social.example/@bob/3\"}",
            "{\"id\":\"4\",\"content\":\"Post without a link\",\"created_at\":\"1514862245\"}",
            "{\"id\":\"5\",\"link\":\"https://social.example/@cy/5\",\"content\":\"Undated\","
                + "\"created_at\":\"someday\"}"),
        StandardCharsets.UTF_8);
    ArchiveFile file = new ArchiveFile(jsonl.toString(), ArchiveFormat.JSONL, JSON_FIELDS);

    List<ArchiveItem> items = readAll(file, -1, 0);
    assertThat(items).hasSize(6);
    assertThat(items.get(1).isSkipped()).isTrue();
    assertThat(items.get(2).deadLetter().errorType()).isEqualTo("MALFORMED_RECORD");
    assertThat(items.get(3).deadLetter().errorType()).isEqualTo("MISSING_FIELD");
    Article first = items.get(0).article();
    assertThat(first.url()).isEqualTo("https://Social.Example/@ann/1");
    assertThat(first.canonicalUrl()).isEqualTo("https://social.example/@ann/1");
    assertThat(first.source()).isEqualTo("mastodon:Social.Example");
    assertThat(first.body()).isEqualTo("First post #MeToo");
    assertThat(first.publishedAt()).isEqualTo(Instant.parse("2018-01-02T03:04:05Z"));
    assertThat(first.fetchedAt()).isEqualTo(CLOCK.instant());
    Article noLink = items.get(4).article();
    assertThat(noLink.url()).isEqualTo("urn:casewatch:archive:4");
    assertThat(noLink.publishedAt()).isEqualTo(Instant.ofEpochSecond(1514862245));
    assertThat(items.get(5).article().publishedAt()).isNull();
    // same id as the live post read from its platform
    assertThat(first.id())
        .isEqualTo(
            new SocialPost(
                    "mastodon",
                    "x",
                    "1",
                    "https://social.example/@ann/1",
                    "",
                    "",
                    null,
                    "",
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    null)
                .toArticle(CLOCK.instant())
                .id());

    // offsets are line starts: resuming after line 3 gives lines 4 to 6
    List<ArchiveItem> rest = readAll(file, items.get(2).offset(), items.get(2).recordNumber());
    assertThat(summaries(rest)).isEqualTo(summaries(items.subList(3, 6)));

    Path gz = dir.resolve("posts.jsonl.gz");
    ArchiveFixtures.gzip(jsonl, gz);
    ArchiveFile gzFile = new ArchiveFile(gz.toString(), ArchiveFormat.JSONL, JSON_FIELDS);
    assertThat(articles(readAll(gzFile, items.get(2).offset(), 3))).isEqualTo(articles(rest));
  }

  @Test
  void csvPostsWithQuotedNewlinesBomAndShortRows() throws IOException {
    Path csv = dir.resolve("posts.csv");
    Files.writeString(
        csv,
        "\uFEFFpost_id,permalink,body,user,date\r\n"
            + "a1,https://forum.example/t/1,\"Line one,\r\nline two\",ann,2019-05-06\r\n"
            + "a2,https://forum.example/t/2\r\n"
            + "a3,https://forum.example/t/3,\"He said \"\"no\"\"\",bob,2019-05-07T10:00:00+0200\r\n"
            + "a4,https://forum.example/t/4,last,cy,\r\n",
        StandardCharsets.UTF_8);
    ArchiveFile file =
        new ArchiveFile(
            csv.toString(),
            ArchiveFormat.CSV,
            Map.of(
                "id",
                "post_id",
                "url",
                "permalink",
                "text",
                "body",
                "author",
                "user",
                "published",
                "date"));

    List<ArchiveItem> items = readAll(file, -1, 0);
    assertThat(items).hasSize(4);
    assertThat(items.get(0).article().body()).isEqualTo("Line one,\r\nline two");
    assertThat(items.get(0).article().publishedAt())
        .isEqualTo(Instant.parse("2019-05-06T00:00:00Z"));
    assertThat(items.get(0).article().source()).isEqualTo("archive:forum.example");
    assertThat(items.get(1).deadLetter().errorType()).isEqualTo("MISSING_FIELD");
    assertThat(items.get(2).article().body()).isEqualTo("He said \"no\"");
    assertThat(items.get(2).article().publishedAt())
        .isEqualTo(Instant.parse("2019-05-07T08:00:00Z"));
    assertThat(items.get(3).article().publishedAt()).isNull();

    List<ArchiveItem> rest = readAll(file, items.get(1).offset(), items.get(1).recordNumber());
    assertThat(summaries(rest)).isEqualTo(summaries(items.subList(2, 4)));
  }

  @Test
  void csvMappingToAnUnknownColumnFailsAtOpen() throws IOException {
    Path csv = dir.resolve("other.csv");
    Files.writeString(csv, "a,b\n1,2\n", StandardCharsets.UTF_8);
    ArchiveFile file =
        new ArchiveFile(csv.toString(), ArchiveFormat.CSV, Map.of("id", "a", "text", "body"));
    assertThatThrownBy(() -> ArchiveReader.open(file, -1, 0, new ArticleExtractor(), CLOCK))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no column 'body'");
  }

  @Test
  void archiveFileValidatesItsMapping() {
    assertThatThrownBy(() -> new ArchiveFile("x.jsonl", ArchiveFormat.JSONL, Map.of("id", "/id")))
        .hasMessageContaining("needs 'text'");
    assertThatThrownBy(() -> new ArchiveFile("x.jsonl", ArchiveFormat.JSONL, Map.of("text", "/t")))
        .hasMessageContaining("needs 'url' or 'id'");
    assertThatThrownBy(
            () ->
                new ArchiveFile(
                    "x.csv", ArchiveFormat.CSV, Map.of("text", "t", "id", "i", "colour", "c")))
        .hasMessageContaining("unknown document field(s) [colour]");
    assertThatThrownBy(() -> new ArchiveFile("x.warc", ArchiveFormat.WARC, Map.of("id", "i")))
        .hasMessageContaining("takes no field mapping");
    assertThatThrownBy(() -> ArchiveFormat.of("zip"))
        .hasMessageContaining("known: warc, jsonl, csv");
    assertThat(ArchiveFormat.of(" JSONL ")).isEqualTo(ArchiveFormat.JSONL);
  }

  @Test
  void missingFileFailsAtOpen() {
    assertThatThrownBy(
            () ->
                ArchiveReader.open(
                    ArchiveFile.warc(dir.resolve("none.warc").toString()),
                    -1,
                    0,
                    new ArticleExtractor(),
                    CLOCK))
        .isInstanceOf(IOException.class);
  }
}
