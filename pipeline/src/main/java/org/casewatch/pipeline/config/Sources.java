package org.casewatch.pipeline.config;

import java.io.Serializable;
import java.util.List;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.revisit.RevisitConfig;
import org.casewatch.ingest.social.SocialQuery;

/**
 * Everything a monitoring job follows: feeds, sitemaps and social queries, each with its schedule,
 * and archive files to backfill from once.
 *
 * @param feeds the RSS and Atom feeds
 * @param social the Mastodon, Bluesky and Reddit queries
 * @param sitemaps the sitemaps, sitemap indexes and Google News sitemaps
 * @param archives the WARC, JSONL and CSV files to read once
 * @param revisit when fetched articles are revisited for edits and deletions
 */
public record Sources(
    List<FeedSubscription> feeds,
    List<SocialQuery> social,
    List<SitemapSubscription> sitemaps,
    List<ArchiveFile> archives,
    RevisitConfig revisit)
    implements Serializable {

  public Sources {
    feeds = List.copyOf(feeds);
    social = List.copyOf(social);
    sitemaps = sitemaps == null ? List.of() : List.copyOf(sitemaps);
    archives = archives == null ? List.of() : List.copyOf(archives);
    revisit = revisit == null ? RevisitConfig.defaults() : revisit;
  }

  /** Sources revisited on the default plan (24 h and 7 days). */
  public Sources(
      List<FeedSubscription> feeds,
      List<SocialQuery> social,
      List<SitemapSubscription> sitemaps,
      List<ArchiveFile> archives) {
    this(feeds, social, sitemaps, archives, RevisitConfig.defaults());
  }

  /** Feeds and social queries only. */
  public Sources(List<FeedSubscription> feeds, List<SocialQuery> social) {
    this(feeds, social, List.of(), List.of());
  }

  /** True when nothing is configured. */
  public boolean isEmpty() {
    return feeds.isEmpty() && social.isEmpty() && sitemaps.isEmpty() && archives.isEmpty();
  }
}
