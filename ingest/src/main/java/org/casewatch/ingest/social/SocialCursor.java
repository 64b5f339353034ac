package org.casewatch.ingest.social;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a poller stands in one query: the committed high-water mark of the last complete sweep and,
 * while a sweep is in progress, its page cursor. Immutable and serializable; it is the checkpointed
 * part of a social split.
 *
 * <p>A sweep reads pages newest first, from the top of the timeline down to its floor (the
 * committed mark minus an overlap, or the start of the backfill window); when it ends, its newest
 * post becomes the committed mark. A sweep cut short (a restart, a rate limit) resumes from {@code
 * next}; a cursor the platform rejects starts a re-sync sweep (see {@link SocialPoller}).
 *
 * @param sinceId the newest post id of the last complete sweep (Mastodon {@code since_id}), or null
 * @param sinceTime the creation time of the newest post of the last complete sweep, or null
 * @param next the page cursor of the sweep in progress (a Mastodon next link, a Bluesky cursor, a
 *     Reddit {@code after}), or null between sweeps
 * @param sweepTopId the newest post id of the sweep in progress, or null
 * @param sweepTopTime the newest creation time of the sweep in progress, or null
 * @param floor the oldest creation time the sweep in progress (or the next one, after a re-sync)
 *     reads down to, or null
 * @param pages how many pages the sweep in progress has read
 */
public record SocialCursor(
    String sinceId,
    Instant sinceTime,
    String next,
    String sweepTopId,
    Instant sweepTopTime,
    Instant floor,
    int pages)
    implements Serializable {

  /** The cursor of a query never polled. */
  public static SocialCursor start() {
    return new SocialCursor(null, null, null, null, null, null, 0);
  }

  /** Whether a sweep is in progress (its next page is due). */
  public boolean inSweep() {
    return next != null;
  }
}
