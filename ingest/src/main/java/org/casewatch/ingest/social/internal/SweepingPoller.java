package org.casewatch.ingest.social.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casewatch.ingest.fetch.FetchException;
import org.casewatch.ingest.fetch.FetchRequest;
import org.casewatch.ingest.fetch.FetchResult;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.social.PollResult;
import org.casewatch.ingest.social.SocialCursor;
import org.casewatch.ingest.social.SocialGap;
import org.casewatch.ingest.social.SocialPage;
import org.casewatch.ingest.social.SocialParseException;
import org.casewatch.ingest.social.SocialPollConfig;
import org.casewatch.ingest.social.SocialPollException;
import org.casewatch.ingest.social.SocialPoller;
import org.casewatch.ingest.social.SocialQuery;
import org.casewatch.model.SocialPost;

/**
 * The sweep, rate-limit and re-sync logic shared by the platform pollers, which only build URLs and
 * parse pages.
 *
 * <p>How a poll goes: the floor of a new sweep is the re-sync floor when one is set, else the
 * committed mark minus the overlap, else the start of the backfill window. The request is the first
 * page (newest posts) or the sweep's next page. Posts older than the floor are dropped; the sweep
 * ends on a page without a next cursor, an empty page, a page reaching below the floor, a
 * platform's own end signal, or the page limit (which raises a gap). At its end the sweep's newest
 * post becomes the committed mark. 429s, exhausted quotas and rejected cursors are handled as
 * {@link SocialPoller} describes.
 */
public abstract class SweepingPoller implements SocialPoller {

  private final SocialQuery query;
  private final HttpFetcher fetcher;
  private final SocialPollConfig config;
  private final Clock clock;

  protected SweepingPoller(
      SocialQuery query, HttpFetcher fetcher, SocialPollConfig config, Clock clock) {
    this.query = Objects.requireNonNull(query, "query");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public final SocialQuery query() {
    return query;
  }

  /** The settings. */
  protected final SocialPollConfig config() {
    return config;
  }

  /** The URL of a sweep's first page. */
  protected abstract String firstPageUrl(SocialCursor cursor, Instant floor);

  /** The URL of the sweep's next page, from {@link SocialCursor#next()}. */
  protected abstract String nextPageUrl(SocialCursor cursor, Instant floor)
      throws SocialPollException;

  /** Parses an answer into a page. */
  protected abstract SocialPage parse(FetchResult result) throws SocialParseException;

  /** Whether the platform signals that this page is the last (default: never). */
  protected boolean lastPage(SocialPage page) {
    return false;
  }

  /** Whether the request for this cursor carries a stored cursor the platform may reject. */
  protected boolean carriesCursor(SocialCursor cursor) {
    return cursor.inSweep();
  }

  @Override
  public final PollResult poll(SocialCursor cursor) throws SocialPollException {
    Instant now = clock.instant();
    Instant floor = startFloor(cursor, now);
    String url = cursor.inSweep() ? nextPageUrl(cursor, floor) : firstPageUrl(cursor, floor);
    FetchResult result;
    try {
      result = fetcher.fetch(FetchRequest.api(url));
    } catch (FetchException e) {
      if (e.status() == 429 || (e.status() == 503 && e.header("Retry-After").isPresent())) {
        Instant at = RateLimits.retryAt(e::header, now, config.rateLimitFallback());
        return PollResult.rateLimited(cursor, cap(at, now));
      }
      if (e.status() == 400 && carriesCursor(cursor)) {
        return resync(cursor, now);
      }
      throw new SocialPollException(query.id(), url, e);
    }
    SocialPage page;
    try {
      page = parse(result);
    } catch (SocialParseException e) {
      throw new SocialPollException(query.id(), url, e);
    }
    Instant notBefore = RateLimits.exhaustedUntil(result.headers()::firstValue, now);
    return advance(cursor, floor, page, notBefore == null ? null : cap(notBefore, now));
  }

  private PollResult advance(
      SocialCursor cursor, Instant floor, SocialPage page, Instant notBefore) {
    List<SocialPost> raw = page.posts();
    boolean first = !cursor.inSweep();
    String topId = first ? (raw.isEmpty() ? null : raw.get(0).postId()) : cursor.sweepTopId();
    Instant topTime = first ? newest(raw) : cursor.sweepTopTime();
    boolean reachedFloor = false;
    Instant oldest = null;
    List<SocialPost> fresh = new ArrayList<>(raw.size());
    for (SocialPost post : raw) {
      Instant created = post.createdAt();
      if (created != null && created.isBefore(floor)) {
        reachedFloor = true;
        continue;
      }
      if (created != null && (oldest == null || created.isBefore(oldest))) {
        oldest = created;
      }
      fresh.add(post);
    }
    int pages = (first ? 0 : cursor.pages()) + 1;
    boolean end = page.next() == null || raw.isEmpty() || reachedFloor || lastPage(page);
    SocialGap gap = null;
    if (!end && pages >= config.maxPagesPerSweep()) {
      end = true;
      gap =
          new SocialGap(
              query.id(),
              floor,
              oldest == null ? floor : oldest,
              "sweep stopped at its limit of " + pages + " pages");
    }
    SocialCursor next;
    if (end) {
      Instant since = cursor.sinceTime();
      if (topTime != null && (since == null || topTime.isAfter(since))) {
        since = topTime;
      }
      next =
          new SocialCursor(
              topId != null ? topId : cursor.sinceId(), since, null, null, null, null, 0);
    } else {
      next =
          new SocialCursor(
              cursor.sinceId(), cursor.sinceTime(), page.next(), topId, topTime, floor, pages);
    }
    return new PollResult(fresh, next, !end, notBefore, page.skipped(), false, gap);
  }

  private PollResult resync(SocialCursor cursor, Instant now) {
    Instant windowStart = now.minus(config.window());
    Instant needFrom =
        cursor.inSweep()
            ? cursor.floor()
            : cursor.sinceTime() == null ? null : cursor.sinceTime().minus(config.overlap());
    if (needFrom == null) {
      needFrom = windowStart;
    }
    // Within the overlap of the window start, re-read a little more rather than flag a gap.
    Instant floor = needFrom;
    SocialGap gap = null;
    if (needFrom.isBefore(windowStart.minus(config.overlap()))) {
      floor = windowStart;
      gap =
          new SocialGap(
              query.id(),
              needFrom,
              windowStart,
              "cursor rejected; re-sync reaches back only " + config.window());
    }
    SocialCursor restart = new SocialCursor(null, cursor.sinceTime(), null, null, null, floor, 0);
    return new PollResult(List.of(), restart, true, null, 0, false, gap);
  }

  /** The floor of the sweep in progress, a re-sync's floor, or the floor of a new sweep. */
  private Instant startFloor(SocialCursor cursor, Instant now) {
    if (cursor.floor() != null) {
      return cursor.floor();
    }
    if (cursor.sinceTime() != null) {
      return cursor.sinceTime().minus(config.overlap());
    }
    return now.minus(config.window());
  }

  private Instant cap(Instant at, Instant now) {
    Instant limit = now.plus(config.maxRateLimitWait());
    return at.isAfter(limit) ? limit : at;
  }

  private static Instant newest(List<SocialPost> posts) {
    Instant newest = null;
    for (SocialPost post : posts) {
      if (post.createdAt() != null && (newest == null || post.createdAt().isAfter(newest))) {
        newest = post.createdAt();
      }
    }
    return newest;
  }
}
