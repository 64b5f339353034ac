package org.casewatch.pipeline.status;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.ingest.social.SocialQuery;
import org.casewatch.ingest.status.PollListener;
import org.casewatch.ingest.status.PollListenerFactory;
import org.casewatch.pipeline.config.FeedSubscription;
import org.casewatch.pipeline.config.SitemapSubscription;
import org.casewatch.pipeline.job.JobConfig;

/**
 * The {@link PollListenerFactory} the job gives its sources: each reader gets a {@link
 * SourceStatusRecorder} writing to the job's Elasticsearch. Holds only the serializable connection
 * and the poll intervals; the client is created on the task.
 */
public final class SourceStatusListeners implements PollListenerFactory {

  private static final long serialVersionUID = 1L;

  private final ElasticsearchConnection connection;
  private final LinkedHashMap<String, Duration> pollIntervals;

  /**
   * A factory.
   *
   * @param connection where the status documents go
   * @param pollIntervals the configured poll interval of each source id
   */
  public SourceStatusListeners(
      ElasticsearchConnection connection, Map<String, Duration> pollIntervals) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.pollIntervals = new LinkedHashMap<>(pollIntervals);
  }

  /**
   * The factory for a job: its Elasticsearch, and the poll interval of each feed, sitemap and
   * social query (the job's default for queries without their own).
   */
  public static SourceStatusListeners forJob(JobConfig config) {
    Map<String, Duration> intervals = new LinkedHashMap<>();
    for (FeedSubscription feed : config.feeds()) {
      intervals.put(feed.url(), feed.pollInterval());
    }
    for (SitemapSubscription sitemap : config.sitemaps()) {
      intervals.put(sitemap.url(), sitemap.pollInterval());
    }
    for (SocialQuery query : config.social()) {
      intervals.put(
          query.id(),
          query.pollInterval() == null ? JobConfig.DEFAULT_POLL_INTERVAL : query.pollInterval());
    }
    return new SourceStatusListeners(config.elasticsearch(), intervals);
  }

  @Override
  public PollListener create() {
    return new SourceStatusRecorder(
        () -> ElasticsearchClients.create(connection), pollIntervals, Clock.systemUTC());
  }
}
