package org.casewatch.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One item of an RSS or Atom feed, as the feed source emits it.
 *
 * <p>{@code itemId} is stable across polls: a hash of the feed URL and the item's GUID, or its link
 * when the GUID is missing (see {@link Ids#feedItemId(String, String)}). {@code published} is null
 * when the feed gives no date or one that cannot be parsed.
 *
 * @param feedUrl the URL of the feed the item came from
 * @param itemId stable identifier of the item within casewatch
 * @param link the article link, absolute
 * @param title the item title, or an empty string
 * @param published the publication date the feed states, or null
 */
public record FeedItem(String feedUrl, String itemId, String link, String title, Instant published)
    implements Serializable {

  public FeedItem {
    Objects.requireNonNull(feedUrl, "feedUrl");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(link, "link");
    title = title == null ? "" : title;
  }
}
