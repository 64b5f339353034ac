package org.casewatch.ingest.feed;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@link FeedParser#read} took from one feed document, before any item is filtered: the
 * feed title and link and every entry in document order, with links resolved where possible.
 *
 * <p>{@link FeedParser#parse} builds its {@link FeedParseResult} from this by dropping entries with
 * no usable http(s) link and duplicate ids; callers that need the unfiltered view (benchmarks,
 * diagnostics) read this instead.
 *
 * @param feedUrl the URL of the feed
 * @param title the feed title, stripped, or an empty string
 * @param link the feed's own (alternate) link, resolved against the feed URL, or null
 * @param entries every entry, in document order
 * @param recovered true when the document was not well-formed XML and was read by the lenient
 *     fallback (see {@link FeedParser})
 */
public record FeedDocument(
    String feedUrl, String title, String link, List<FeedEntry> entries, boolean recovered) {

  public FeedDocument {
    Objects.requireNonNull(feedUrl, "feedUrl");
    title = title == null ? "" : title;
    entries = List.copyOf(entries);
  }
}
