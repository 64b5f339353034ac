package org.casewatch.ingest.feed;

import java.time.Instant;

/**
 * One entry of a feed document as read, before filtering (see {@link FeedDocument}).
 *
 * @param guid the Atom id, RSS guid or RDF about, stripped, or null
 * @param title the entry title, stripped, or an empty string
 * @param link the entry link (entry link, else first alternate link, else a GUID that is a URL),
 *     resolved against the feed URL when it is relative; the raw value when it cannot be resolved;
 *     null when the entry has none
 * @param published the published date, else the updated date, or null
 */
public record FeedEntry(String guid, String title, String link, Instant published) {

  public FeedEntry {
    title = title == null ? "" : title;
  }
}
