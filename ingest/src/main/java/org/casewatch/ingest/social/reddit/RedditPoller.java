package org.casewatch.ingest.social.reddit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
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
 * Polls a Reddit listing or search, newest first: {@code /r/{sub}/new.json}, {@code
 * /r/{sub}/search.json?q=&restrict_sr=1&sort=new} or {@code /search.json?q=&sort=new}, each with
 * {@code limit=N&raw_json=1}, following {@code after} to the floor. Post URLs use the query's base
 * URL as web origin. Not thread-safe.
 *
 * <pre>{@code
 * SocialPoller poller = new RedditPoller(
 *     SocialQuery.redditNew("https://www.reddit.com", "metoo"),
 *     new HttpFetcher(FetchConfig.defaults()), SocialPollConfig.defaults(), Clock.systemUTC());
 * }</pre>
 */
public final class RedditPoller extends SweepingPoller {

  private final RedditParser parser;

  /** A poller for a {@link SocialPlatform#REDDIT} query. */
  public RedditPoller(
      SocialQuery query, HttpFetcher fetcher, SocialPollConfig config, Clock clock) {
    super(query, fetcher, config, clock);
    if (query.platform() != SocialPlatform.REDDIT) {
      throw new IllegalArgumentException("not a Reddit query: " + query.id());
    }
    this.parser = new RedditParser(query.instance(), query.baseUrl());
  }

  @Override
  protected String firstPageUrl(SocialCursor cursor, Instant floor) {
    String base = query().baseUrl();
    String sub = query().community();
    String terms = query().terms();
    String path;
    if (terms == null) {
      path = "/r/" + sub + "/new.json?";
    } else if (sub == null) {
      path = "/search.json?q=" + encode(terms) + "&sort=new&";
    } else {
      path = "/r/" + sub + "/search.json?q=" + encode(terms) + "&restrict_sr=1&sort=new&";
    }
    return base + path + "limit=" + config().pageLimit() + "&raw_json=1";
  }

  @Override
  protected String nextPageUrl(SocialCursor cursor, Instant floor) {
    return firstPageUrl(cursor, floor) + "&after=" + encode(cursor.next());
  }

  @Override
  protected SocialPage parse(FetchResult result) throws SocialParseException {
    return parser.parseListing(result.body());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
