package org.casewatch.ingest.social.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.connector.source.Boundedness;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.social.SocialPollConfig;
import org.casewatch.ingest.social.SocialQuery;
import org.casewatch.ingest.social.source.split.SocialSplitState;
import org.casewatch.ingest.status.PollListenerFactory;

/**
 * Builds a {@link SocialSource}; {@link #build()} validates. Defaults: continuous mode, poll
 * interval <b>5 minutes</b>, {@link SocialPollConfig#defaults()}, {@link FetchConfig#defaults()},
 * <b>10,000</b> remembered ids per query. Queries with the same {@link SocialQuery#id()} collapse
 * (the last one wins). Not thread-safe.
 */
public final class SocialSourceBuilder {

  private final Map<String, SocialQuery> queries = new LinkedHashMap<>();
  private Boundedness boundedness = Boundedness.CONTINUOUS_UNBOUNDED;
  private Duration pollInterval = SocialSource.DEFAULT_POLL_INTERVAL;
  private SocialPollConfig pollConfig = SocialPollConfig.defaults();
  private FetchConfig fetchConfig = FetchConfig.defaults();
  private int maxSeenIds = SocialSplitState.DEFAULT_MAX_SEEN_IDS;
  private PollListenerFactory pollListeners = PollListenerFactory.NONE;

  SocialSourceBuilder() {}

  /** Adds a query. */
  public SocialSourceBuilder query(SocialQuery query) {
    Objects.requireNonNull(query, "query");
    queries.put(query.id(), query);
    return this;
  }

  /** Adds queries. */
  public SocialSourceBuilder queries(Collection<SocialQuery> queries) {
    queries.forEach(this::query);
    return this;
  }

  /** Bounded mode: drain the available pages of every query once, then finish. */
  public SocialSourceBuilder bounded() {
    this.boundedness = Boundedness.BOUNDED;
    return this;
  }

  /** Continuous mode with the default poll interval (<b>5 minutes</b>). */
  public SocialSourceBuilder continuous() {
    this.boundedness = Boundedness.CONTINUOUS_UNBOUNDED;
    return this;
  }

  /** Continuous mode, re-polling queries without their own interval at this one. */
  public SocialSourceBuilder continuous(Duration pollInterval) {
    this.boundedness = Boundedness.CONTINUOUS_UNBOUNDED;
    return pollInterval(pollInterval);
  }

  /** The default poll interval of continuous mode (default <b>5 minutes</b>). */
  public SocialSourceBuilder pollInterval(Duration pollInterval) {
    this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    return this;
  }

  /** The poller settings (page size, windows, rate-limit caps). */
  public SocialSourceBuilder pollConfig(SocialPollConfig pollConfig) {
    this.pollConfig = Objects.requireNonNull(pollConfig, "pollConfig");
    return this;
  }

  /** The configuration of the HTTP gateway (user agent, deadline, caps, allow-list). */
  public SocialSourceBuilder fetchConfig(FetchConfig fetchConfig) {
    this.fetchConfig = Objects.requireNonNull(fetchConfig, "fetchConfig");
    return this;
  }

  /** How many emitted ids to remember per query (default <b>10,000</b>). */
  public SocialSourceBuilder maxSeenIds(int maxSeenIds) {
    this.maxSeenIds = maxSeenIds;
    return this;
  }

  /** Who is told the outcome of every poll (default: nobody); see {@link PollListenerFactory}. */
  public SocialSourceBuilder pollListener(PollListenerFactory pollListeners) {
    this.pollListeners = Objects.requireNonNull(pollListeners, "pollListeners");
    return this;
  }

  /** Validates and builds. */
  public SocialSource build() {
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("at least one social query is required");
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
    }
    if (maxSeenIds < 1) {
      throw new IllegalArgumentException("maxSeenIds must be positive, was " + maxSeenIds);
    }
    return new SocialSource(
        new ArrayList<>(queries.values()),
        boundedness,
        pollInterval,
        pollConfig,
        fetchConfig,
        maxSeenIds,
        pollListeners);
  }
}
