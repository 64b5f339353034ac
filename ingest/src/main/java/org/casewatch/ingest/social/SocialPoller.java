package org.casewatch.ingest.social;

/**
 * Polls one {@link SocialQuery}: each call sends one API request through the fetch gateway and
 * returns the posts, the next cursor and when to call again. Plain Java: the Flink source calls it
 * on its fetcher thread, and tests call it directly.
 *
 * <p>How: see {@link SocialCursor} for sweeps. Rate limits: a 429 (or a 503 with {@code
 * Retry-After}) returns {@link PollResult#rateLimited(SocialCursor, java.time.Instant)} with the
 * cursor unchanged and the reset time from the headers; an answer whose remaining quota is zero
 * sets {@link PollResult#notBefore()} to the reset. Waits are capped (see {@link
 * SocialPollConfig#maxRateLimitWait()}). A 400 to a request that carried a stored cursor means the
 * cursor expired or is invalid: the poller drops it and re-syncs from the committed mark, at most
 * the re-sync window back, de-duplication by post id (in the source's state) keeping emitted posts
 * out; when the committed mark is older than the window (by more than the overlap), the result
 * carries a {@link SocialGap}.
 *
 * <p>Implementations are not thread-safe; use one per query.
 */
public interface SocialPoller {

  /** The query polled. */
  SocialQuery query();

  /**
   * Sends the next request of the query.
   *
   * @param cursor the cursor of the previous poll ({@link SocialCursor#start()} at first)
   * @return the posts, the new cursor and the schedule
   * @throws SocialPollException when the request failed (network, status) or the page is malformed;
   *     the cursor to keep is then the one passed in
   */
  PollResult poll(SocialCursor cursor) throws SocialPollException;
}
