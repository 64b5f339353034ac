package org.casewatch.pipeline.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Decides whether a source has gone silent: no new items for longer than its usual gap.
 *
 * <p>How and why: sources differ by orders of magnitude (a wire feed has new items every few
 * minutes, a local paper's #MeToo tag once a week), so one fixed limit would either cry wolf or
 * miss a dead feed. The rule learns each source's rhythm from the gaps between its polls that gave
 * new items (see {@link SourceStatus#recentGapsSeconds()}):
 *
 * <ul>
 *   <li>with at least {@link #MIN_GAPS} gaps seen, the limit is {@code max(3 × median gap, 2 × poll
 *       interval)}: the median ignores one-off bursts and lulls, three times it leaves room for an
 *       ordinary quiet spell, and no source can be judged faster than it is polled;
 *   <li>with fewer gaps there is no usual gap yet, so the limit is {@code max(}{@link
 *       #WITHOUT_HISTORY}{@code , 2 × poll interval)}.
 * </ul>
 *
 * A source is silent when the time since its last poll with new items (or since its first poll,
 * when it never gave any) is longer than the limit. A source never polled is not judged, nor is an
 * archive file (read once, not polled). Stateless and thread-safe.
 */
public final class SilenceRule {

  /** Gaps needed before the usual gap is trusted: **3**. */
  public static final int MIN_GAPS = 3;

  /** How many median gaps of quiet make a source silent: **3**. */
  public static final int GAP_FACTOR = 3;

  /** How many poll intervals of quiet at least make a source silent: **2**. */
  public static final int POLL_FACTOR = 2;

  /** The limit while fewer than {@link #MIN_GAPS} gaps are known: **2 days**. */
  public static final Duration WITHOUT_HISTORY = Duration.ofDays(2);

  private SilenceRule() {}

  /**
   * The verdict on a source at a time.
   *
   * @param silent true when the source has been quiet longer than the limit
   * @param quietFor how long since its last new items (or first poll); zero when never polled
   * @param limit the quiet time the rule tolerates for this source
   * @param usualGap the median gap, or null while fewer than {@link #MIN_GAPS} are known
   */
  public record Verdict(boolean silent, Duration quietFor, Duration limit, Duration usualGap) {}

  /** Judges {@code status} at {@code now}. */
  public static Verdict judge(SourceStatus status, Instant now) {
    Duration usual = usualGap(status.recentGapsSeconds());
    Duration limit = limit(usual, status.pollInterval());
    Instant since = status.lastNewItemAt() != null ? status.lastNewItemAt() : status.firstPollAt();
    if (since == null || status.isArchive()) {
      // never polled, or an archive: read once, so quiet by design
      return new Verdict(false, Duration.ZERO, limit, usual);
    }
    Duration quiet = Duration.between(since, now);
    if (quiet.isNegative()) {
      quiet = Duration.ZERO;
    }
    return new Verdict(quiet.compareTo(limit) > 0, quiet, limit, usual);
  }

  /** The median of the gaps, or null when fewer than {@link #MIN_GAPS} are known. */
  public static Duration usualGap(List<Long> gapsSeconds) {
    if (gapsSeconds.size() < MIN_GAPS) {
      return null;
    }
    List<Long> sorted = new ArrayList<>(gapsSeconds);
    Collections.sort(sorted);
    int n = sorted.size();
    long median =
        n % 2 == 1
            ? sorted.get(n / 2)
            : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    return Duration.ofSeconds(median);
  }

  /** The quiet time tolerated for a usual gap (null when unknown) and a poll interval (or null). */
  public static Duration limit(Duration usualGap, Duration pollInterval) {
    Duration byPolls =
        pollInterval == null ? Duration.ZERO : pollInterval.multipliedBy(POLL_FACTOR);
    Duration byGap = usualGap == null ? WITHOUT_HISTORY : usualGap.multipliedBy(GAP_FACTOR);
    return byGap.compareTo(byPolls) >= 0 ? byGap : byPolls;
  }
}
