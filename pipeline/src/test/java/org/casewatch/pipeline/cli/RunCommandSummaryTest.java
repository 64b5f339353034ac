package org.casewatch.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.social.SocialQuery;
import org.casewatch.pipeline.config.FeedSubscription;
import org.casewatch.pipeline.config.SitemapSubscription;
import org.casewatch.pipeline.config.Sources;
import org.junit.jupiter.api.Test;

class RunCommandSummaryTest {

  @Test
  void theStartupLineCountsEveryKindOfSource() {
    Duration hour = Duration.ofHours(1);
    Sources sources =
        new Sources(
            List.of(
                new FeedSubscription("https://a.example/rss", hour),
                new FeedSubscription("https://b.example/rss", hour)),
            List.of(SocialQuery.blueskySearch("https://public.api.bsky.app", "#metoo")),
            List.of(new SitemapSubscription("https://a.example/sitemap-news.xml", hour)),
            List.of(ArchiveFile.warc("a.warc.gz"), ArchiveFile.warc("b.warc.gz")));
    assertThat(RunCommand.summary(sources, Path.of("sources.yaml")))
        .isEqualTo(
            "Following 2 feeds and 1 social query, 1 sitemap, and backfilling from 2 archive"
                + " files, from sources.yaml");
    Sources one =
        new Sources(List.of(new FeedSubscription("https://a.example/rss", hour)), List.of());
    assertThat(RunCommand.summary(one, Path.of("s.yaml")))
        .isEqualTo(
            "Following 1 feed and 0 social queries, 0 sitemaps, and backfilling from 0 archive"
                + " files, from s.yaml");
  }
}
