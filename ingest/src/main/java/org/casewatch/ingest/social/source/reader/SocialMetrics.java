package org.casewatch.ingest.social.source.reader;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * The counters of a social source reader: {@code socialErrors} (failed polls), {@code
 * socialRateLimited} (requests refused for rate limits), {@code socialGaps} (stretches of time that
 * could not be covered), {@code socialMalformedItems} (items skipped by the parsers).
 *
 * @param errors failed polls
 * @param rateLimited refused requests
 * @param gaps uncovered stretches
 * @param malformedItems skipped items
 */
public record SocialMetrics(
    Counter errors, Counter rateLimited, Counter gaps, Counter malformedItems) {

  /** Registers the counters in a metric group. */
  public static SocialMetrics register(MetricGroup group) {
    return new SocialMetrics(
        group.counter("socialErrors"),
        group.counter("socialRateLimited"),
        group.counter("socialGaps"),
        group.counter("socialMalformedItems"));
  }
}
