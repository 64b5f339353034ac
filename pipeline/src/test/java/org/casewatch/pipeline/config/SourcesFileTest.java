package org.casewatch.pipeline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.archive.ArchiveFormat;
import org.casewatch.ingest.social.SocialPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileTest {

  private static final Path FILE = Path.of("sources.yaml");

  @Test
  void readsEveryKindOfSourceWithSchedules() {
    Sources sources =
        SourcesFile.parse(
            FILE,
            """
            poll_interval: 15m
            feeds:
              - url: https://news.example/metoo/rss
              - url: https://other.example/feed.xml
                poll_interval: 2h
            mastodon:
              - instance: https://mastodon.social
                tag: "#MeToo"
            bluesky:
              - query: "#metoo"
                poll_interval: PT30M
            reddit:
              - subreddit: MeToo
              - search: harassment lawsuit
                subreddit: news
            """);
    assertThat(sources.feeds())
        .extracting(FeedSubscription::url, FeedSubscription::pollInterval)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "https://news.example/metoo/rss", Duration.ofMinutes(15)),
            org.assertj.core.groups.Tuple.tuple(
                "https://other.example/feed.xml", Duration.ofHours(2)));
    assertThat(sources.social()).hasSize(4);
    assertThat(sources.social().get(0).platform()).isEqualTo(SocialPlatform.MASTODON);
    assertThat(sources.social().get(0).community()).isEqualTo("MeToo");
    assertThat(sources.social().get(0).pollInterval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(sources.social().get(1).baseUrl()).isEqualTo(SourcesFile.DEFAULT_BLUESKY_SERVICE);
    assertThat(sources.social().get(1).pollInterval()).isEqualTo(Duration.ofMinutes(30));
    assertThat(sources.social().get(2).id()).isEqualTo("reddit:www.reddit.com/r/metoo/new");
    assertThat(sources.social().get(3).terms()).isEqualTo("harassment lawsuit");
  }

  @Test
  void jsonIsAcceptedToo() {
    Sources sources =
        SourcesFile.parse(FILE, "{\"feeds\": [{\"url\": \"https://a.example/rss\"}]}");
    assertThat(sources.feeds().get(0).pollInterval()).isEqualTo(SourcesFile.DEFAULT_POLL_INTERVAL);
  }

  @Test
  void mistakesAreNamedWithTheirPlace() {
    assertThatThrownBy(
            () ->
                SourcesFile.parse(
                    FILE, "feeds:\n  - url: https://a.example/rss\n    pol_interval: 5m\n"))
        .isInstanceOf(SourcesFileException.class)
        .hasMessageContaining("feeds[0]: unknown key 'pol_interval'")
        .hasMessageContaining("known: poll_interval, url");
    assertThatThrownBy(() -> SourcesFile.parse(FILE, "feeds:\n  - url: file:///etc/passwd\n"))
        .hasMessageContaining("feeds[0]: a feed URL must be http or https");
    assertThatThrownBy(
            () ->
                SourcesFile.parse(
                    FILE, "feeds:\n  - url: https://a.example/rss\n    poll_interval: 10s\n"))
        .hasMessageContaining("shorter than the minimum of 1m");
    assertThatThrownBy(() -> SourcesFile.parse(FILE, "poll_interval: soon\nfeeds: []\n"))
        .hasMessageContaining("not a duration: 'soon'");
    assertThatThrownBy(
            () -> SourcesFile.parse(FILE, "mastodon:\n  - instance: https://m.example\n"))
        .hasMessageContaining("mastodon[0]: 'tag' is required");
    assertThatThrownBy(() -> SourcesFile.parse(FILE, "feeds: https://a.example/rss\n"))
        .hasMessageContaining("feeds: must be a list");
    assertThatThrownBy(() -> SourcesFile.parse(FILE, "feeds: []\n"))
        .hasMessageContaining("lists no feeds");
    assertThatThrownBy(() -> SourcesFile.parse(FILE, "")).hasMessageContaining("is empty");
    assertThatThrownBy(() -> SourcesFile.parse(FILE, "feeds: [\n"))
        .hasMessageContaining("is not valid YAML");
    assertThatThrownBy(
            () ->
                SourcesFile.parse(
                    FILE,
                    "feeds:\n  - url: https://a.example/rss\n  - url: https://a.example/rss\n"))
        .hasMessageContaining("listed twice");
  }

  @Test
  void yamlAliasBombsAreRefused() {
    StringBuilder bomb = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(p);
      bomb.append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
    }
    bomb.append("feeds: []\n");
    assertThatThrownBy(() -> SourcesFile.parse(FILE, bomb.toString()))
        .isInstanceOf(SourcesFileException.class);
  }

  @Test
  void missingAndOversizedFilesAreClearErrors(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> SourcesFile.read(dir.resolve("nope.yaml")))
        .hasMessageEndingWith("nope.yaml: does not exist");
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "#".repeat((int) SourcesFile.MAX_BYTES + 1));
    assertThatThrownBy(() -> SourcesFile.read(big)).hasMessageContaining("is larger than");
    Path ok = dir.resolve("ok.yaml");
    Files.writeString(ok, "feeds:\n  - url: https://a.example/rss\n");
    assertThat(SourcesFile.read(ok).feeds()).hasSize(1);
  }

  @Test
  void readsSitemapsAndArchivesRelativeToTheFile(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("backfill"));
    Files.writeString(dir.resolve("backfill/CC-NEWS-1.warc.gz"), "");
    Files.writeString(dir.resolve("backfill/posts.ndjson"), "");
    Files.writeString(dir.resolve("backfill/export.txt"), "");
    Path file = dir.resolve("sources.yaml");
    Files.writeString(
        file,
        """
        poll_interval: 10m
        sitemaps:
          - url: https://news.example/sitemap-news.xml
          - url: https://news.example/sitemap-index.xml
            poll_interval: 1d
        archives:
          - path: backfill/CC-NEWS-1.warc.gz
          - path: backfill/posts.ndjson
            fields: {id: /id, url: /uri, text: /record/text, published: /record/createdAt}
          - path: backfill/export.txt
            format: CSV
            fields:
              id: post_id
              text: body
        """);
    Sources sources = SourcesFile.read(file);
    assertThat(sources.sitemaps())
        .extracting(SitemapSubscription::url, SitemapSubscription::pollInterval)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "https://news.example/sitemap-news.xml", Duration.ofMinutes(10)),
            org.assertj.core.groups.Tuple.tuple(
                "https://news.example/sitemap-index.xml", Duration.ofDays(1)));
    assertThat(sources.archives())
        .containsExactly(
            ArchiveFile.warc(dir.resolve("backfill/CC-NEWS-1.warc.gz").toString()),
            new ArchiveFile(
                dir.resolve("backfill/posts.ndjson").toString(),
                ArchiveFormat.JSONL,
                Map.of(
                    "id",
                    "/id",
                    "url",
                    "/uri",
                    "text",
                    "/record/text",
                    "published",
                    "/record/createdAt")),
            new ArchiveFile(
                dir.resolve("backfill/export.txt").toString(),
                ArchiveFormat.CSV,
                Map.of("id", "post_id", "text", "body")));
    assertThat(sources.isEmpty()).isFalse();
  }

  @Test
  void badSitemapsAndArchivesAreClearErrors(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.jsonl"), "");
    Files.writeString(dir.resolve("a.bin"), "");
    Path file = dir.resolve("s.yaml");
    String[][] cases = {
      {"sitemaps:\n  - url: ftp://x.example/s.xml\n", "sitemaps[0]: a sitemap URL must be http"},
      {
        "sitemaps:\n  - url: https://x.example/s.xml\n  - url: https://x.example/s.xml\n",
        "sitemaps[1]: the sitemap https://x.example/s.xml is listed twice"
      },
      {"archives:\n  - path: nope.warc\n", "archives[0].path: no such file"},
      {"archives:\n  - path: a.bin\n", "archives[0]: 'format' is required"},
      {"archives:\n  - path: a.jsonl\n    format: zip\n", "unknown archive format 'zip'"},
      {"archives:\n  - path: a.jsonl\n", "needs 'text'"},
      {"archives:\n  - path: a.jsonl\n    fields: [x]\n", "archives[0].fields: must be a mapping"},
      {"archives:\n  - path: a.jsonl\n    colour: red\n", "unknown key 'colour'"},
      {
        "archives:\n  - path: a.jsonl\n    fields: {text: {a: b}, id: i}\n",
        "archives[0].fields.text: must be a single name"
      },
    };
    for (String[] c : cases) {
      Files.writeString(file, c[0]);
      assertThatThrownBy(() -> SourcesFile.read(file)).as(c[0]).hasMessageContaining(c[1]);
    }
  }

  @Test
  void shortDurations() {
    assertThat(SourcesFile.parseDuration("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(SourcesFile.parseDuration("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(SourcesFile.parseDuration("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(SourcesFile.parseDuration("pt10m")).isEqualTo(Duration.ofMinutes(10));
  }
}
