package org.casewatch.ingest.source.reader;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.flink.metrics.Counter;
import org.casewatch.ingest.feed.FeedParseException;
import org.casewatch.ingest.feed.FeedParseResult;
import org.casewatch.ingest.feed.FeedParser;
import org.casewatch.ingest.fetch.FetchException;
import org.casewatch.ingest.fetch.FetchRequest;
import org.casewatch.ingest.fetch.FetchResult;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.source.split.FeedSplitState;
import org.casewatch.ingest.status.PollListener;
import org.casewatch.ingest.status.PollReport;
import org.casewatch.model.FeedItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls an RSS or Atom feed: a conditional GET through the {@link HttpFetcher} with the split's
 * ETag and Last-Modified, a parse with the {@link FeedParser}, the new items followed by a
 * validators record. A failed fetch or parse is counted in {@code feedErrors} and logged once at
 * WARN with the feed URL and error kind. Every poll's outcome goes to the {@link PollListener}
 * (kind {@code feed}): new items, or the {@code FetchError} name or {@code PARSE_<kind>}.
 */
public final class FeedPoller implements UrlPoller {

  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

  /** The source kind in poll reports. */
  public static final String KIND = "feed";

  private final HttpFetcher fetcher;
  private final FeedParser parser;
  private final Counter feedErrors;
  private final PollListener listener;

  /** A poller fetching through {@code fetcher}, counting failures in {@code feedErrors}. */
  public FeedPoller(HttpFetcher fetcher, FeedParser parser, Counter feedErrors) {
    this(fetcher, parser, feedErrors, PollListener.IGNORE);
  }

  /** A poller that also tells {@code listener} the outcome of every poll. */
  public FeedPoller(
      HttpFetcher fetcher, FeedParser parser, Counter feedErrors, PollListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.feedErrors = Objects.requireNonNull(feedErrors, "feedErrors");
  }

  @Override
  public List<FeedRecord> poll(FeedSplitState state) {
    String url = state.feedUrl();
    List<FeedRecord> records = new ArrayList<>();
    try {
      FetchResult result =
          fetcher.fetch(FetchRequest.feed(url, state.etag(), state.lastModified()));
      if (result.notModified()) {
        listener.polled(PollReport.success(url, KIND, Instant.now(), 0));
        return records;
      }
      FeedParseResult parsed = parser.parse(url, result.body(), result.contentType());
      for (FeedItem item : parsed.items()) {
        if (state.markSeen(item.itemId())) {
          records.add(FeedRecord.item(item));
        }
      }
      state.setValidators(result.etag(), result.lastModified());
      listener.polled(PollReport.success(url, KIND, Instant.now(), records.size()));
      records.add(FeedRecord.validators(result.etag(), result.lastModified()));
    } catch (FetchException e) {
      feedErrors.inc();
      LOG.warn(
          "Feed poll failed: {} fetch {} status {}: {}",
          url,
          e.error(),
          e.status(),
          e.getMessage());
      listener.polled(
          PollReport.failure(
              url, KIND, Instant.now(), e.error().name(), e.status(), e.getMessage()));
    } catch (FeedParseException e) {
      feedErrors.inc();
      LOG.warn("Feed poll failed: {} parse {}", url, e.kind());
      listener.polled(
          PollReport.failure(url, KIND, Instant.now(), "PARSE_" + e.kind(), 0, e.getMessage()));
    }
    return records;
  }

  @Override
  public void close() {
    listener.close();
  }
}
