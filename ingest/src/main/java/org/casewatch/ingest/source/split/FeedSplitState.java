package org.casewatch.ingest.source.split;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * The mutable state of a {@link FeedSplit} while a reader owns it: a bounded, insertion-ordered set
 * of emitted ids (the oldest forgotten first once the bound is reached) and the HTTP validators.
 * Not thread-safe: each owner keeps its own copy.
 */
public final class FeedSplitState {

  /** Default bound on remembered item ids per feed: <b>10,000</b> ids. */
  public static final int DEFAULT_MAX_SEEN_IDS = 10_000;

  private final String feedUrl;
  private final int maxSeenIds;
  private final LinkedHashSet<String> seen;
  private String etag;
  private String lastModified;

  /** State initialised from a split. */
  public FeedSplitState(FeedSplit split, int maxSeenIds) {
    if (maxSeenIds < 1) {
      throw new IllegalArgumentException("maxSeenIds must be positive, was " + maxSeenIds);
    }
    this.feedUrl = split.feedUrl();
    this.maxSeenIds = maxSeenIds;
    this.seen = new LinkedHashSet<>(split.seenIds());
    this.etag = split.etag();
    this.lastModified = split.lastModified();
    trim();
  }

  /** The feed URL. */
  public String feedUrl() {
    return feedUrl;
  }

  /** Records an emitted id; returns false when it was already recorded. */
  public boolean markSeen(String itemId) {
    boolean added = seen.add(itemId);
    if (added) {
      trim();
    }
    return added;
  }

  /** Whether an id was recorded (and not yet forgotten). */
  public boolean isSeen(String itemId) {
    return seen.contains(itemId);
  }

  /** Records the validators of a successful poll. */
  public void setValidators(String etag, String lastModified) {
    this.etag = etag;
    this.lastModified = lastModified;
  }

  /** The ETag of the last successful poll, or null. */
  public String etag() {
    return etag;
  }

  /** The Last-Modified of the last successful poll, or null. */
  public String lastModified() {
    return lastModified;
  }

  /** An immutable snapshot. */
  public FeedSplit toSplit() {
    return new FeedSplit(feedUrl, new ArrayList<>(seen), etag, lastModified);
  }

  private void trim() {
    Iterator<String> oldest = seen.iterator();
    while (seen.size() > maxSeenIds && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
  }
}
