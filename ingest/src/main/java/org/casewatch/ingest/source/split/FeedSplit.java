package org.casewatch.ingest.source.split;

import java.util.List;
import java.util.Objects;
import org.apache.flink.api.connector.source.SourceSplit;

/**
 * One feed to poll, with what the reader must remember about it across checkpoints: the ids of the
 * items already emitted (oldest first, at most {@link FeedSplitState#DEFAULT_MAX_SEEN_IDS}) and the
 * HTTP validators of the last answer.
 *
 * @param feedUrl the feed URL; also the split id
 * @param seenIds the ids of emitted items, oldest first
 * @param etag the ETag of the last successful poll, or null
 * @param lastModified the Last-Modified of the last successful poll, or null
 */
public record FeedSplit(String feedUrl, List<String> seenIds, String etag, String lastModified)
    implements SourceSplit {

  public FeedSplit {
    Objects.requireNonNull(feedUrl, "feedUrl");
    seenIds = List.copyOf(seenIds);
  }

  /** A split for a feed never polled. */
  public static FeedSplit fresh(String feedUrl) {
    return new FeedSplit(feedUrl, List.of(), null, null);
  }

  @Override
  public String splitId() {
    return feedUrl;
  }
}
