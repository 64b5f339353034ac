package org.casewatch.ingest.source.reader;

import org.casewatch.model.FeedItem;

/**
 * What the fetcher thread hands to the emitter: a new item, or, after the items of a successful
 * poll, the HTTP validators to remember for the next conditional poll.
 *
 * @param item the item to emit, or null for a validators record
 * @param etag the ETag of the poll (validators record only)
 * @param lastModified the Last-Modified of the poll (validators record only)
 */
public record FeedRecord(FeedItem item, String etag, String lastModified) {

  /** A record carrying one item. */
  public static FeedRecord item(FeedItem item) {
    return new FeedRecord(item, null, null);
  }

  /** A record carrying the validators of a successful poll. */
  public static FeedRecord validators(String etag, String lastModified) {
    return new FeedRecord(null, etag, lastModified);
  }
}
