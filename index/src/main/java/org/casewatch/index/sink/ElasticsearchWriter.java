package org.casewatch.index.sink;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.metrics.groups.SinkWriterMetricGroup;
import org.casewatch.index.sink.internal.Backoff;
import org.casewatch.index.sink.internal.BulkExecutor;
import org.casewatch.index.sink.internal.BulkItem;
import org.casewatch.index.sink.internal.BulkSender;
import org.casewatch.index.sink.internal.JsonBytes;
import org.casewatch.index.sink.internal.Sleeper;

/**
 * The task-side half of {@link ElasticsearchSink}: buffers converted records and sends them in
 * bulk.
 *
 * <p>A bulk request goes out when the buffer reaches {@link BulkLimits#maxActions()} documents or
 * {@link BulkLimits#maxBytes()} bytes, when {@link BulkLimits#flushInterval()} has passed since the
 * last send (a processing-time timer), and on {@link #flush(boolean)}, which Flink calls before
 * every checkpoint and at end of input. Sending blocks the task until every document is indexed,
 * already newer, or dead-lettered (see {@link BulkSender}), so a completed checkpoint means every
 * record before it is durable in Elasticsearch; blocking is also how backpressure reaches the
 * source. Runs on the task thread only, like every Flink sink writer.
 *
 * @param <IN> the record type
 */
public final class ElasticsearchWriter<IN> implements SinkWriter<IN> {

  private final ElementConverter<IN> converter;
  private final BulkLimits limits;
  private final BulkExecutor executor;
  private final BulkSender sender;
  private final ProcessingTimeService timeService;
  private final WriterMetrics metrics;
  private final List<BulkItem> buffer = new ArrayList<>();
  private long bufferedBytes;
  private long lastSendTime;
  private boolean closed;

  ElasticsearchWriter(
      ElementConverter<IN> converter,
      BulkLimits limits,
      String deadLetterIndex,
      BulkExecutor executor,
      SinkWriterMetricGroup metricGroup,
      ProcessingTimeService timeService,
      Sleeper sleeper,
      Clock clock) {
    this.converter = converter;
    this.limits = limits;
    this.executor = executor;
    this.timeService = timeService;
    this.metrics = new WriterMetrics(metricGroup);
    Backoff backoff =
        new Backoff(
            limits.initialBackoff(),
            limits.maxBackoff(),
            () -> ThreadLocalRandom.current().nextDouble());
    this.sender =
        new BulkSender(executor, limits, deadLetterIndex, backoff, sleeper, clock, metrics);
    this.lastSendTime = timeService.getCurrentProcessingTime();
    scheduleTimer();
  }

  @Override
  public void write(IN element, Context context) throws IOException, InterruptedException {
    IndexAction action = converter.convert(element);
    BulkItem item =
        new BulkItem(
            action.index(),
            action.id(),
            action.sourceUrl(),
            JsonBytes.of(action.document()),
            action.kind());
    if (!buffer.isEmpty() && bufferedBytes + item.size() > limits.maxBytes()) {
      send();
    }
    buffer.add(item);
    bufferedBytes += item.size();
    if (buffer.size() >= limits.maxActions() || bufferedBytes >= limits.maxBytes()) {
      send();
    }
  }

  @Override
  public void flush(boolean endOfInput) throws IOException, InterruptedException {
    send();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    executor.close();
  }

  /** The number of records waiting for the next bulk request. */
  int buffered() {
    return buffer.size();
  }

  WriterMetrics metrics() {
    return metrics;
  }

  private void send() throws IOException, InterruptedException {
    lastSendTime = timeService.getCurrentProcessingTime();
    if (buffer.isEmpty()) {
      return;
    }
    List<BulkItem> items = new ArrayList<>(buffer);
    buffer.clear();
    bufferedBytes = 0;
    sender.send(items);
  }

  private void scheduleTimer() {
    long interval = limits.flushInterval().toMillis();
    timeService.registerTimer(timeService.getCurrentProcessingTime() + interval, this::onTimer);
  }

  private void onTimer(long time) throws IOException, InterruptedException {
    if (closed) {
      return;
    }
    if (!buffer.isEmpty() && time - lastSendTime >= limits.flushInterval().toMillis()) {
      send();
    }
    scheduleTimer();
  }
}
