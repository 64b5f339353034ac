package org.casewatch.pipeline.status;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.casewatch.ingest.status.ArchiveProgress;
import org.casewatch.ingest.status.PollReport;

/**
 * What is known about one source after its polls so far: an immutable value, advanced one poll at a
 * time by {@link #apply(PollReport)}.
 *
 * <p>A gap is the time between two successive polls that gave new items (polls less than half a
 * poll interval apart, such as the pages of one drain, count as one); the last {@link #MAX_GAPS}
 * gaps are kept, which is what {@link SilenceRule} judges "the usual gap" by.
 *
 * @param sourceId the feed URL or social query id
 *     <p>An archive file (kind {@code archive}) is read once rather than polled: its status carries
 *     the last {@link ArchiveProgress} (records and bytes read, state), its items seen are the
 *     records read, and a failure to read it counts as one failed poll of kind {@code
 *     ARCHIVE_UNREADABLE}.
 * @param kind {@code feed}, {@code sitemap}, {@code mastodon}, {@code bluesky}, {@code reddit} or
 *     {@code archive}
 * @param pollInterval how often the source is polled, or null when not known
 * @param firstPollAt the first poll recorded, or null before any
 * @param lastPollAt the last poll, or null
 * @param lastSuccessAt the last successful poll, or null
 * @param lastNewItemAt the last poll that gave new items, or null
 * @param lastErrorAt the last failed poll, or null
 * @param lastErrorKind the kind of the last failure, or null
 * @param lastErrorStatus the HTTP status of the last failure, or 0
 * @param lastErrorMessage the reason of the last failure, or an empty string
 * @param polls how many polls were recorded
 * @param failedPolls how many of them failed
 * @param itemsSeen how many new items the polls gave
 * @param errors failed polls by error kind, sorted by kind
 * @param recentGapsSeconds the last gaps between polls with new items, oldest first, in seconds
 * @param archive the last progress of an archive source, or null for every other source
 */
public record SourceStatus(
    String sourceId,
    String kind,
    Duration pollInterval,
    Instant firstPollAt,
    Instant lastPollAt,
    Instant lastSuccessAt,
    Instant lastNewItemAt,
    Instant lastErrorAt,
    String lastErrorKind,
    int lastErrorStatus,
    String lastErrorMessage,
    long polls,
    long failedPolls,
    long itemsSeen,
    Map<String, Long> errors,
    List<Long> recentGapsSeconds,
    ArchiveProgress archive)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many gaps between polls with new items are kept: **20**. */
  public static final int MAX_GAPS = 20;

  /** Longest failure message kept, in characters: **500**. */
  public static final int MAX_MESSAGE_CHARS = 500;

  public SourceStatus {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(kind, "kind");
    lastErrorMessage = lastErrorMessage == null ? "" : lastErrorMessage;
    errors = Map.copyOf(errors == null ? Map.of() : errors);
    recentGapsSeconds = List.copyOf(recentGapsSeconds == null ? List.of() : recentGapsSeconds);
  }

  /** The error kind counted when an archive cannot be read: {@code ARCHIVE_UNREADABLE}. */
  public static final String ARCHIVE_UNREADABLE = "ARCHIVE_UNREADABLE";

  /** A status of a polled source (no archive progress). */
  public SourceStatus(
      String sourceId,
      String kind,
      Duration pollInterval,
      Instant firstPollAt,
      Instant lastPollAt,
      Instant lastSuccessAt,
      Instant lastNewItemAt,
      Instant lastErrorAt,
      String lastErrorKind,
      int lastErrorStatus,
      String lastErrorMessage,
      long polls,
      long failedPolls,
      long itemsSeen,
      Map<String, Long> errors,
      List<Long> recentGapsSeconds) {
    this(
        sourceId,
        kind,
        pollInterval,
        firstPollAt,
        lastPollAt,
        lastSuccessAt,
        lastNewItemAt,
        lastErrorAt,
        lastErrorKind,
        lastErrorStatus,
        lastErrorMessage,
        polls,
        failedPolls,
        itemsSeen,
        errors,
        recentGapsSeconds,
        null);
  }

  /** A source that has not been polled yet. */
  public static SourceStatus fresh(String sourceId, String kind, Duration pollInterval) {
    return new SourceStatus(
        sourceId,
        kind,
        pollInterval,
        null,
        null,
        null,
        null,
        null,
        null,
        0,
        "",
        0,
        0,
        0,
        Map.of(),
        List.of(),
        null);
  }

  /** Failed polls by kind, sorted by kind. */
  @Override
  public Map<String, Long> errors() {
    return new TreeMap<>(errors);
  }

  /** This status with another poll interval (the sources file may change between runs). */
  public SourceStatus withPollInterval(Duration interval) {
    return new SourceStatus(
        sourceId,
        kind,
        interval,
        firstPollAt,
        lastPollAt,
        lastSuccessAt,
        lastNewItemAt,
        lastErrorAt,
        lastErrorKind,
        lastErrorStatus,
        lastErrorMessage,
        polls,
        failedPolls,
        itemsSeen,
        errors,
        recentGapsSeconds,
        archive);
  }

  /**
   * The status after one more poll.
   *
   * @throws IllegalArgumentException when the report is about another source
   */
  public SourceStatus apply(PollReport report) {
    if (!report.sourceId().equals(sourceId)) {
      throw new IllegalArgumentException(
          "report of " + report.sourceId() + " applied to the status of " + sourceId);
    }
    Instant at = report.at();
    Instant first = firstPollAt == null ? at : firstPollAt;
    if (!report.ok()) {
      Map<String, Long> byKind = new TreeMap<>(errors);
      byKind.merge(report.errorKind(), 1L, Long::sum);
      String message = report.message();
      if (message.length() > MAX_MESSAGE_CHARS) {
        message = message.substring(0, MAX_MESSAGE_CHARS);
      }
      return new SourceStatus(
          sourceId,
          kind,
          pollInterval,
          first,
          at,
          lastSuccessAt,
          lastNewItemAt,
          at,
          report.errorKind(),
          report.httpStatus(),
          message,
          polls + 1,
          failedPolls + 1,
          itemsSeen,
          byKind,
          recentGapsSeconds,
          archive);
    }
    Instant newItemAt = lastNewItemAt;
    List<Long> gaps = recentGapsSeconds;
    if (report.newItems() > 0) {
      newItemAt = at;
      Duration gap = lastNewItemAt == null ? null : Duration.between(lastNewItemAt, at);
      if (gap != null && !withinOneBurst(gap)) {
        gaps = new ArrayList<>(recentGapsSeconds);
        gaps.add(Math.max(0, gap.toSeconds()));
        if (gaps.size() > MAX_GAPS) {
          gaps = gaps.subList(gaps.size() - MAX_GAPS, gaps.size());
        }
      }
    }
    return new SourceStatus(
        sourceId,
        kind,
        pollInterval,
        first,
        at,
        at,
        newItemAt,
        lastErrorAt,
        lastErrorKind,
        lastErrorStatus,
        lastErrorMessage,
        polls + 1,
        failedPolls,
        itemsSeen + report.newItems(),
        errors,
        gaps,
        archive);
  }

  /** True for an archive source, which is read once and so never judged silent. */
  public boolean isArchive() {
    return archive != null || ArchiveProgress.KIND.equals(kind);
  }

  /**
   * The status after an archive progress report: the progress replaces the last one, the records
   * read become the items seen (counts are positions in the file, so a resumed or repeated read
   * does not add up twice), {@code done} is a success and {@code failed} a failed poll.
   *
   * @throws IllegalArgumentException when the report is about another source
   */
  public SourceStatus apply(ArchiveProgress progress) {
    if (!progress.sourceId().equals(sourceId)) {
      throw new IllegalArgumentException(
          "progress of " + progress.sourceId() + " applied to the status of " + sourceId);
    }
    Instant at = progress.at();
    boolean failed = progress.state() == ArchiveProgress.State.FAILED;
    boolean done = progress.state() == ArchiveProgress.State.DONE;
    boolean newItems = progress.recordsRead() > itemsSeen;
    Map<String, Long> byKind = errors;
    if (failed) {
      byKind = new TreeMap<>(errors);
      byKind.merge(ARCHIVE_UNREADABLE, 1L, Long::sum);
    }
    String message = progress.reason();
    if (message.length() > MAX_MESSAGE_CHARS) {
      message = message.substring(0, MAX_MESSAGE_CHARS);
    }
    return new SourceStatus(
        sourceId,
        ArchiveProgress.KIND,
        pollInterval,
        firstPollAt == null ? at : firstPollAt,
        at,
        done ? at : lastSuccessAt,
        newItems ? at : lastNewItemAt,
        failed ? at : lastErrorAt,
        failed ? ARCHIVE_UNREADABLE : lastErrorKind,
        failed ? 0 : lastErrorStatus,
        failed ? message : lastErrorMessage,
        done || failed ? polls + 1 : polls,
        failed ? failedPolls + 1 : failedPolls,
        progress.recordsRead(),
        byKind,
        recentGapsSeconds,
        progress);
  }

  /**
   * True for a gap shorter than half the poll interval: the pages of one drain (a social query
   * paging through its backlog) are one burst of new items, not a rhythm.
   */
  private boolean withinOneBurst(Duration gap) {
    return pollInterval != null && gap.compareTo(pollInterval.dividedBy(2)) < 0;
  }
}
