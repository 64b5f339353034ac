package org.casewatch.ingest.source.reader;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.flink.metrics.Counter;
import org.casewatch.ingest.sitemap.SitemapCrawler;
import org.casewatch.ingest.sitemap.SitemapEntry;
import org.casewatch.ingest.sitemap.SitemapFailure;
import org.casewatch.ingest.sitemap.SitemapWalk;
import org.casewatch.ingest.source.split.FeedSplitState;
import org.casewatch.ingest.status.PollListener;
import org.casewatch.ingest.status.PollReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a sitemap, sitemap index or Google News sitemap: walks it with the {@link SitemapCrawler}
 * (every file through the gateway, with the walk's caps) and returns the entries not yet seen as
 * feed items, so their pages take the same fetch-and-extract road as feed items. Files that could
 * not be fetched or read are counted in {@code sitemapErrors} (one per file) and logged once per
 * poll at WARN; entries the walk dropped (off-host, over a cap) are counted in {@code
 * sitemapDroppedEntries}.
 */
public final class SitemapPoller implements UrlPoller {

  private static final Logger LOG = LoggerFactory.getLogger(SitemapPoller.class);

  /** The source kind in poll reports. */
  public static final String KIND = "sitemap";

  private final SitemapCrawler crawler;
  private final Counter sitemapErrors;
  private final Counter droppedEntries;
  private final PollListener listener;

  /** A poller walking with {@code crawler}, counting failed files and dropped entries. */
  public SitemapPoller(SitemapCrawler crawler, Counter sitemapErrors, Counter droppedEntries) {
    this(crawler, sitemapErrors, droppedEntries, PollListener.IGNORE);
  }

  /**
   * A poller that also tells {@code listener} the outcome of every poll (kind {@code sitemap}): a
   * failure (the first failed file's kind) when the walk failed and gave no entries at all, else a
   * success with the new entries.
   */
  public SitemapPoller(
      SitemapCrawler crawler,
      Counter sitemapErrors,
      Counter droppedEntries,
      PollListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.crawler = Objects.requireNonNull(crawler, "crawler");
    this.sitemapErrors = Objects.requireNonNull(sitemapErrors, "sitemapErrors");
    this.droppedEntries = Objects.requireNonNull(droppedEntries, "droppedEntries");
  }

  @Override
  public List<FeedRecord> poll(FeedSplitState state) {
    SitemapWalk walk = crawler.walk(state.feedUrl());
    List<FeedRecord> records = new ArrayList<>();
    for (SitemapEntry entry : walk.entries()) {
      if (state.markSeen(entry.id())) {
        records.add(FeedRecord.item(entry.toFeedItem()));
      }
    }
    int dropped = walk.droppedEntries() + walk.skippedByDepth() + walk.skippedByCount();
    droppedEntries.inc(dropped);
    if (!walk.failures().isEmpty()) {
      sitemapErrors.inc(walk.failures().size());
      SitemapFailure first = walk.failures().get(0);
      LOG.warn(
          "Sitemap poll of {}: {} file(s) failed, first {} {}",
          walk.root(),
          walk.failures().size(),
          first.url(),
          first.kind());
    }
    if (walk.entries().isEmpty() && !walk.failures().isEmpty()) {
      SitemapFailure first = walk.failures().get(0);
      listener.polled(
          PollReport.failure(
              state.feedUrl(), KIND, Instant.now(), first.kind(), 0, first.message()));
    } else {
      listener.polled(PollReport.success(state.feedUrl(), KIND, Instant.now(), records.size()));
    }
    return records;
  }

  @Override
  public void close() {
    listener.close();
  }
}
