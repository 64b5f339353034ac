package org.casewatch.ingest.social.mastodon;

import java.net.URI;
import java.net.URISyntaxException;
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
import org.casewatch.ingest.social.SocialPollException;
import org.casewatch.ingest.social.SocialQuery;
import org.casewatch.ingest.social.internal.SweepingPoller;

/**
 * Polls a Mastodon hashtag timeline: {@code GET /api/v1/timelines/tag/{tag}?limit=N[&since_id=]}
 * for a sweep's first page, then the {@code rel="next"} links of the {@code Link} header, with the
 * committed {@code since_id} added, until a short page, an empty page or the floor. Next links must
 * stay on the instance's origin. Maximum page size is <b>40</b> (the API's cap). Not thread-safe.
 *
 * <pre>{@code
 * SocialPoller poller = new MastodonTagPoller(
 *     SocialQuery.mastodonTag("https://mastodon.social", "metoo"),
 *     new HttpFetcher(FetchConfig.defaults()), SocialPollConfig.defaults(), Clock.systemUTC());
 * PollResult page = poller.poll(SocialCursor.start());
 * }</pre>
 */
public final class MastodonTagPoller extends SweepingPoller {

  /** The API's maximum page size: <b>40</b> statuses. */
  public static final int MAX_LIMIT = 40;

  private final MastodonParser parser;
  private final int limit;

  /** A poller for a {@link SocialPlatform#MASTODON} query. */
  public MastodonTagPoller(
      SocialQuery query, HttpFetcher fetcher, SocialPollConfig config, Clock clock) {
    super(query, fetcher, config, clock);
    if (query.platform() != SocialPlatform.MASTODON) {
      throw new IllegalArgumentException("not a Mastodon query: " + query.id());
    }
    this.parser = new MastodonParser(query.instance());
    this.limit = Math.min(MAX_LIMIT, config.pageLimit());
  }

  @Override
  protected String firstPageUrl(SocialCursor cursor, Instant floor) {
    String url =
        query().baseUrl()
            + "/api/v1/timelines/tag/"
            + URLEncoder.encode(query().community(), StandardCharsets.UTF_8).replace("+", "%20")
            + "?limit="
            + limit;
    return cursor.sinceId() == null ? url : url + "&since_id=" + encode(cursor.sinceId());
  }

  @Override
  protected String nextPageUrl(SocialCursor cursor, Instant floor) throws SocialPollException {
    String next = cursor.next();
    if (!sameOrigin(next)) {
      throw new SocialPollException(
          SocialPollException.Kind.BAD_NEXT_LINK,
          query().id(),
          next,
          null,
          0,
          "next link leaves " + query().baseUrl(),
          null);
    }
    if (cursor.sinceId() != null && !next.contains("since_id=")) {
      next += (next.contains("?") ? "&" : "?") + "since_id=" + encode(cursor.sinceId());
    }
    return next;
  }

  @Override
  protected SocialPage parse(FetchResult result) throws SocialParseException {
    return parser.parseTimeline(result.body(), result.headers().firstValue("Link").orElse(null));
  }

  @Override
  protected boolean lastPage(SocialPage page) {
    return page.posts().size() + page.skipped() < limit;
  }

  @Override
  protected boolean carriesCursor(SocialCursor cursor) {
    return cursor.inSweep() || cursor.sinceId() != null;
  }

  private boolean sameOrigin(String url) {
    try {
      URI uri = new URI(url);
      URI base = new URI(query().baseUrl());
      return base.getScheme().equalsIgnoreCase(uri.getScheme())
          && base.getRawAuthority().equalsIgnoreCase(uri.getRawAuthority())
          && uri.getRawUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
