package org.casewatch.ingest.status;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of one poll of one source: how many new items it gave, or why it failed.
 *
 * <p>A successful poll has a null {@code errorKind}; a 304 or an unchanged feed is a success with
 * no new items. Error kinds are stable names: the {@link org.casewatch.ingest.fetch.FetchError}
 * names for fetch failures, {@code PARSE_*} for feeds that cannot be parsed, the social poller's
 * label for API failures, {@code RATE_LIMITED} when an API refused the request.
 *
 * @param sourceId the source: the feed URL, or the social query's id
 * @param kind the kind of source: {@code feed}, {@code mastodon}, {@code bluesky} or {@code reddit}
 * @param at when the poll ended
 * @param newItems how many items the poll gave that the source had not emitted before
 * @param errorKind the kind of failure, or null for a successful poll
 * @param httpStatus the HTTP status of a failed poll, or 0
 * @param message a short human-readable reason for a failure, or an empty string
 */
public record PollReport(
    String sourceId,
    String kind,
    Instant at,
    int newItems,
    String errorKind,
    int httpStatus,
    String message)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public PollReport {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    if (newItems < 0) {
      throw new IllegalArgumentException("newItems must not be negative, was " + newItems);
    }
    errorKind = errorKind == null || errorKind.isBlank() ? null : errorKind;
    message = message == null ? "" : message;
  }

  /** A successful poll that gave {@code newItems} new items. */
  public static PollReport success(String sourceId, String kind, Instant at, int newItems) {
    return new PollReport(sourceId, kind, at, newItems, null, 0, "");
  }

  /** A failed poll. */
  public static PollReport failure(
      String sourceId, String kind, Instant at, String errorKind, int httpStatus, String message) {
    Objects.requireNonNull(errorKind, "errorKind");
    return new PollReport(sourceId, kind, at, 0, errorKind, httpStatus, message);
  }

  /** True when the poll succeeded. */
  public boolean ok() {
    return errorKind == null;
  }
}
