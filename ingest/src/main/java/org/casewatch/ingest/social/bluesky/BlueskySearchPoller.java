package org.casewatch.ingest.social.bluesky;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.casewatch.ingest.fetch.FetchResult;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.social.SocialCursor;
import org.casewatch.ingest.social.SocialPage;
import org.casewatch.ingest.social.SocialParseException;
import org.casewatch.ingest.social.SocialPlatform;
import org.casewatch.ingest.social.SocialPollConfig;
import org.casewatch.ingest.social.SocialQuery;
import org.casewatch.ingest.social.internal.SweepingPoller;

/**
 * Polls a Bluesky post search: {@code GET /xrpc/app.bsky.feed.searchPosts?q=&sort=latest&limit=N
 * &since=<floor>[&cursor=]}, following {@code cursor} to the floor. Not thread-safe.
 *
 * <pre>{@code
 * SocialPoller poller = new BlueskySearchPoller(
 *     SocialQuery.blueskySearch("https://public.api.bsky.app", "#metoo"),
 *     new HttpFetcher(FetchConfig.defaults()), SocialPollConfig.defaults(), Clock.systemUTC());
 * }</pre>
 */
public final class BlueskySearchPoller extends SweepingPoller {

  private final BlueskyParser parser;

  /** A poller for a {@link SocialPlatform#BLUESKY} query. */
  public BlueskySearchPoller(
      SocialQuery query, HttpFetcher fetcher, SocialPollConfig config, Clock clock) {
    super(query, fetcher, config, clock);
    if (query.platform() != SocialPlatform.BLUESKY) {
      throw new IllegalArgumentException("not a Bluesky query: " + query.id());
    }
    this.parser = new BlueskyParser(query.instance());
  }

  @Override
  protected String firstPageUrl(SocialCursor cursor, Instant floor) {
    return query().baseUrl()
        + "/xrpc/app.bsky.feed.searchPosts?q="
        + encode(query().terms())
        + "&sort=latest&limit="
        + config().pageLimit()
        + "&since="
        + encode(floor.truncatedTo(ChronoUnit.SECONDS).toString());
  }

  @Override
  protected String nextPageUrl(SocialCursor cursor, Instant floor) {
    return firstPageUrl(cursor, floor) + "&cursor=" + encode(cursor.next());
  }

  @Override
  protected SocialPage parse(FetchResult result) throws SocialParseException {
    return parser.parsePosts(result.body());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
