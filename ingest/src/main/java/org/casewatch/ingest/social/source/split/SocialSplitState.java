package org.casewatch.ingest.social.source.split;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import org.casewatch.ingest.social.SocialCursor;
import org.casewatch.ingest.social.SocialQuery;

/**
 * The mutable state of a {@link SocialSplit} while a reader owns it: the cursor and a bounded,
 * insertion-ordered set of emitted post ids (the oldest forgotten first once the bound is reached).
 * Not thread-safe: each owner keeps its own copy.
 */
public final class SocialSplitState {

  /** Default bound on remembered post ids per query: <b>10,000</b> ids. */
  public static final int DEFAULT_MAX_SEEN_IDS = 10_000;

  private final SocialQuery query;
  private final int maxSeenIds;
  private final LinkedHashSet<String> seen;
  private SocialCursor cursor;

  /** State initialised from a split. */
  public SocialSplitState(SocialSplit split, int maxSeenIds) {
    if (maxSeenIds < 1) {
      throw new IllegalArgumentException("maxSeenIds must be positive, was " + maxSeenIds);
    }
    this.query = split.query();
    this.maxSeenIds = maxSeenIds;
    this.seen = new LinkedHashSet<>(split.seenIds());
    this.cursor = split.cursor();
    trim();
  }

  /** The query. */
  public SocialQuery query() {
    return query;
  }

  /** The current cursor. */
  public SocialCursor cursor() {
    return cursor;
  }

  /** Replaces the cursor. */
  public void setCursor(SocialCursor cursor) {
    this.cursor = cursor;
  }

  /** Records an emitted id; returns false when it was already recorded. */
  public boolean markSeen(String postId) {
    boolean added = seen.add(postId);
    if (added) {
      trim();
    }
    return added;
  }

  /** Whether an id was recorded (and not yet forgotten). */
  public boolean isSeen(String postId) {
    return seen.contains(postId);
  }

  /** An immutable snapshot. */
  public SocialSplit toSplit() {
    return new SocialSplit(query, cursor, new ArrayList<>(seen));
  }

  private void trim() {
    Iterator<String> oldest = seen.iterator();
    while (seen.size() > maxSeenIds && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
  }
}
