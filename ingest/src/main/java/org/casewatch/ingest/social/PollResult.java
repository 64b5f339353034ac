package org.casewatch.ingest.social;

import java.time.Instant;
import java.util.List;
import org.casewatch.model.SocialPost;

/**
 * What one poll (one API request) gave: the posts to emit, the cursor to keep, whether another page
 * is due at once, and the earliest time of the next request.
 *
 * @param posts the new posts, newest first (not yet de-duplicated against earlier polls)
 * @param cursor the cursor for the next poll; always the one to checkpoint
 * @param more whether the next page of the current sweep (or a re-sync sweep) is due now
 * @param notBefore no request before this instant (rate limit), or null
 * @param skipped malformed items skipped on this page
 * @param rateLimited whether the platform refused the request for its rate limit (the cursor is
 *     unchanged)
 * @param gap a stretch of time that could not be covered, or null
 */
public record PollResult(
    List<SocialPost> posts,
    SocialCursor cursor,
    boolean more,
    Instant notBefore,
    int skipped,
    boolean rateLimited,
    SocialGap gap) {

  public PollResult {
    posts = List.copyOf(posts);
  }

  /** A refused request: nothing read, the cursor kept, retry at {@code retryAt}. */
  public static PollResult rateLimited(SocialCursor cursor, Instant retryAt) {
    return new PollResult(List.of(), cursor, cursor.inSweep(), retryAt, 0, true, null);
  }
}
