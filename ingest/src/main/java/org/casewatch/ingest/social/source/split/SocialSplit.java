package org.casewatch.ingest.social.source.split;

import java.util.List;
import java.util.Objects;
import org.apache.flink.api.connector.source.SourceSplit;
import org.casewatch.ingest.social.SocialCursor;
import org.casewatch.ingest.social.SocialQuery;

/**
 * One social query to poll, with what the reader must remember about it across checkpoints: the
 * poller's cursor and the ids of the posts already emitted (oldest first, at most {@link
 * SocialSplitState#DEFAULT_MAX_SEEN_IDS}).
 *
 * @param query the query; its {@link SocialQuery#id()} is the split id
 * @param cursor the poller's cursor
 * @param seenIds the ids of emitted posts, oldest first
 */
public record SocialSplit(SocialQuery query, SocialCursor cursor, List<String> seenIds)
    implements SourceSplit {

  public SocialSplit {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(cursor, "cursor");
    seenIds = List.copyOf(seenIds);
  }

  /** A split for a query never polled. */
  public static SocialSplit fresh(SocialQuery query) {
    return new SocialSplit(query, SocialCursor.start(), List.of());
  }

  @Override
  public String splitId() {
    return query.id();
  }
}
