package org.casewatch.pipeline.status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.IndexSetup;
import org.casewatch.ingest.status.ArchiveProgress;
import org.casewatch.ingest.status.PollListener;
import org.casewatch.ingest.status.PollReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the status document of each source a reader polls up to date: after every poll it applies
 * the {@link PollReport} to the source's {@link SourceStatus} and rewrites the whole document.
 *
 * <p>How: the first report of a source loads the source's stored document, so counts continue
 * across job restarts (with or without a checkpoint) instead of starting from zero; the status is
 * then kept in memory and each poll writes it back. When Elasticsearch cannot be reached, the
 * reports of a source whose document could not be loaded yet wait in a bounded queue ({@link
 * #MAX_PENDING}, oldest dropped and counted) and are applied once it loads; a failed write is
 * counted in {@link #failedWrites()}, logged at WARN once, and made good by the next write. A
 * listener never throws into the source.
 *
 * <p>An archive source's {@link ArchiveProgress} reports go the same way ({@link
 * SourceStatus#apply(ArchiveProgress)}).
 *
 * <p>Runs on one reader's fetcher thread; not thread-safe.
 */
public final class SourceStatusRecorder implements PollListener {

  /** Reports kept per source while its stored status cannot be loaded: **1,000**. */
  public static final int MAX_PENDING = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(SourceStatusRecorder.class);

  private final Supplier<ElasticsearchClient> clients;
  private final Map<String, Duration> pollIntervals;
  private final Clock clock;
  private final Map<String, SourceStatus> statuses = new HashMap<>();
  private final Map<String, Deque<UnaryOperator<SourceStatus>>> pending = new HashMap<>();
  private ElasticsearchClient client;
  private SourceStatusStore store;
  private long failedWrites;
  private long droppedReports;

  /**
   * A recorder.
   *
   * @param clients creates the Elasticsearch client, on first use; the recorder closes it
   * @param pollIntervals the configured poll interval of each source id (others: unknown)
   * @param clock stamps the documents
   */
  public SourceStatusRecorder(
      Supplier<ElasticsearchClient> clients, Map<String, Duration> pollIntervals, Clock clock) {
    this.clients = Objects.requireNonNull(clients, "clients");
    this.pollIntervals = Map.copyOf(pollIntervals);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void polled(PollReport report) {
    record(report.sourceId(), report.kind(), status -> status.apply(report));
  }

  @Override
  public void archiveProgress(ArchiveProgress progress) {
    record(progress.sourceId(), ArchiveProgress.KIND, status -> status.apply(progress));
  }

  private void record(String id, String kind, UnaryOperator<SourceStatus> step) {
    Deque<UnaryOperator<SourceStatus>> queue = pending.computeIfAbsent(id, k -> new ArrayDeque<>());
    queue.addLast(step);
    if (queue.size() > MAX_PENDING) {
      queue.removeFirst();
      droppedReports++;
    }
    try {
      SourceStatus status = statuses.get(id);
      if (status == null) {
        status = load(id, kind);
      }
      while (!queue.isEmpty()) {
        status = queue.removeFirst().apply(status);
      }
      statuses.put(id, status);
      store().put(status, clock.instant());
    } catch (IOException | RuntimeException e) {
      if (failedWrites++ == 0) {
        LOG.warn("Cannot record the status of source {}: {}", id, e.toString());
      }
    }
  }

  private SourceStatus load(String id, String kind) throws IOException {
    Duration interval = pollIntervals.get(id);
    SourceStatus stored = store().get(id).orElseGet(() -> SourceStatus.fresh(id, kind, interval));
    return interval == null ? stored : stored.withPollInterval(interval);
  }

  private SourceStatusStore store() throws IOException {
    if (store == null) {
      if (client == null) {
        client = clients.get();
      }
      new IndexSetup(client).ensure(CasewatchIndex.SOURCES);
      store = new SourceStatusStore(client);
    }
    return store;
  }

  /** The current status of a source, as last applied; null when it has not reported. */
  public SourceStatus status(String sourceId) {
    return statuses.get(sourceId);
  }

  /** How many status writes failed. */
  public long failedWrites() {
    return failedWrites;
  }

  /** How many reports were dropped because their source's status never loaded. */
  public long droppedReports() {
    return droppedReports;
  }

  @Override
  public void close() {
    if (client != null) {
      try {
        client.close();
      } catch (IOException e) {
        LOG.debug("Closing the status client failed", e);
      }
      client = null;
      store = null;
    }
  }
}
