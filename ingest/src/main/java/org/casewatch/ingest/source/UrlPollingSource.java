package org.casewatch.ingest.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.casewatch.ingest.source.enumerator.FeedEnumeratorState;
import org.casewatch.ingest.source.enumerator.FeedEnumeratorStateSerializer;
import org.casewatch.ingest.source.enumerator.FeedSplitEnumerator;
import org.casewatch.ingest.source.reader.FeedSourceReader;
import org.casewatch.ingest.source.reader.FeedSplitReader;
import org.casewatch.ingest.source.reader.UrlPoller;
import org.casewatch.ingest.source.split.FeedSplit;
import org.casewatch.ingest.source.split.FeedSplitSerializer;
import org.casewatch.ingest.status.PollListenerFactory;
import org.casewatch.model.FeedItem;

/**
 * What {@link FeedSource} and {@link SitemapSource} share: one {@link FeedSplit} per URL (with the
 * ids already emitted in its checkpointed state), the round-robin {@link FeedSplitEnumerator}, the
 * feed split reader polling each URL every poll interval (once in bounded mode), and the split and
 * enumerator serializers. A subclass only says how one URL is polled ({@link #pollers}).
 */
abstract class UrlPollingSource
    implements Source<FeedItem, FeedSplit, FeedEnumeratorState>, ResultTypeQueryable<FeedItem> {

  private static final long serialVersionUID = 1L;

  private final List<String> urls;
  private final Boundedness boundedness;
  private final Duration pollInterval;
  private final int maxSeenIds;
  private final PollListenerFactory pollListeners;

  UrlPollingSource(
      List<String> urls,
      Boundedness boundedness,
      Duration pollInterval,
      int maxSeenIds,
      PollListenerFactory pollListeners) {
    this.urls = List.copyOf(urls);
    this.boundedness = boundedness;
    this.pollInterval = pollInterval;
    this.maxSeenIds = maxSeenIds;
    this.pollListeners = pollListeners;
  }

  /**
   * Registers the reader's metrics in {@code context} and returns what creates the poller of the
   * reader's fetcher (called on the task, not in the job graph).
   *
   * @param context the reader's context
   * @param listeners the source's poll listener factory
   */
  abstract Supplier<UrlPoller> pollers(SourceReaderContext context, PollListenerFactory listeners);

  /** The URLs, one split each. */
  final List<String> urls() {
    return urls;
  }

  /** The poll interval of continuous mode. */
  public Duration pollInterval() {
    return pollInterval;
  }

  @Override
  public Boundedness getBoundedness() {
    return boundedness;
  }

  @Override
  public TypeInformation<FeedItem> getProducedType() {
    return TypeInformation.of(FeedItem.class);
  }

  @Override
  public SourceReader<FeedItem, FeedSplit> createReader(SourceReaderContext context) {
    Supplier<UrlPoller> pollers = pollers(context, pollListeners);
    boolean bounded = boundedness == Boundedness.BOUNDED;
    Duration interval = pollInterval;
    int seen = maxSeenIds;
    return new FeedSourceReader(
        () -> new FeedSplitReader(pollers.get(), bounded, interval, seen), seen, context);
  }

  @Override
  public SplitEnumerator<FeedSplit, FeedEnumeratorState> createEnumerator(
      SplitEnumeratorContext<FeedSplit> context) {
    List<FeedSplit> splits = new ArrayList<>();
    urls.forEach(url -> splits.add(FeedSplit.fresh(url)));
    return new FeedSplitEnumerator(context, splits, boundedness == Boundedness.BOUNDED);
  }

  @Override
  public SplitEnumerator<FeedSplit, FeedEnumeratorState> restoreEnumerator(
      SplitEnumeratorContext<FeedSplit> context, FeedEnumeratorState checkpoint) {
    return new FeedSplitEnumerator(
        context, checkpoint.pendingSplits(), boundedness == Boundedness.BOUNDED);
  }

  @Override
  public SimpleVersionedSerializer<FeedSplit> getSplitSerializer() {
    return FeedSplitSerializer.INSTANCE;
  }

  @Override
  public SimpleVersionedSerializer<FeedEnumeratorState> getEnumeratorCheckpointSerializer() {
    return new FeedEnumeratorStateSerializer();
  }
}
