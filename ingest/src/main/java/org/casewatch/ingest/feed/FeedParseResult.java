package org.casewatch.ingest.feed;

import java.util.List;
import java.util.Objects;
import org.casewatch.model.FeedItem;

/**
 * The items of one feed document, with counts of what was dropped or flagged on the way so that
 * nothing disappears silently.
 *
 * @param feedUrl the URL of the feed
 * @param title the feed title, or an empty string
 * @param items the items, deduplicated by id, in document order
 * @param duplicates items dropped because an earlier item had the same id
 * @param unsafeLinks items dropped because their link is not http(s) ({@code file:}, {@code jar:},
 *     {@code ftp:}, {@code data:}, {@code javascript:}, ...)
 * @param invalidLinks items dropped because they have no link, or one that is not a valid URL
 * @param undated kept items whose date is absent or could not be parsed ({@code published} null)
 */
public record FeedParseResult(
    String feedUrl,
    String title,
    List<FeedItem> items,
    int duplicates,
    int unsafeLinks,
    int invalidLinks,
    int undated) {

  public FeedParseResult {
    Objects.requireNonNull(feedUrl, "feedUrl");
    title = title == null ? "" : title;
    items = List.copyOf(items);
  }

  /** How many items the document had before dropping. */
  public int totalEntries() {
    return items.size() + duplicates + unsafeLinks + invalidLinks;
  }
}
