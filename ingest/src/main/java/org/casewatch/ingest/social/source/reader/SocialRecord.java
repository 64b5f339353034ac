package org.casewatch.ingest.social.source.reader;

import org.casewatch.ingest.social.SocialCursor;
import org.casewatch.model.SocialPost;

/**
 * What the fetcher thread hands to the emitter: a new post, or, after the posts of a poll, the
 * cursor to keep.
 *
 * @param post the post to emit, or null for a cursor record
 * @param cursor the cursor after the poll (cursor record only)
 */
public record SocialRecord(SocialPost post, SocialCursor cursor) {

  /** A record carrying one post. */
  public static SocialRecord post(SocialPost post) {
    return new SocialRecord(post, null);
  }

  /** A record carrying the cursor after a poll. */
  public static SocialRecord cursor(SocialCursor cursor) {
    return new SocialRecord(null, cursor);
  }
}
