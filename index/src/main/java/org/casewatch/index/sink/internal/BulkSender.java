package org.casewatch.index.sink.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casewatch.index.mapping.DeadLetterSource;
import org.casewatch.index.sink.BulkLimits;
import org.casewatch.index.sink.DeadLetterWriteException;
import org.casewatch.index.sink.ElasticsearchSinkException;
import org.casewatch.model.DeadLetter;

/**
 * Delivers a batch of items to Elasticsearch and returns only when each one is indexed, already
 * newer, or dead-lettered.
 *
 * <p>How: items are cut into bulk requests of at most {@link BulkLimits#maxActions()} items and
 * {@link BulkLimits#maxBytes()} bytes; a single item over the byte limit is dead-lettered without
 * being sent. Each item of a response is classified by {@link FailureClassifier}; only the items
 * classified RETRY are sent again, after a {@link Backoff} delay, until they succeed or exceed
 * {@link BulkLimits#maxRetries()}, when they are dead-lettered with reason {@code retries
 * exhausted}. A request that fails as a whole is retried the same way and then fails the job. Dead
 * letters go to the dead-letter index with the same retry rules; if that write fails too, {@link
 * DeadLetterWriteException} is thrown, because nothing may be dropped silently.
 *
 * <p>Not thread-safe: one sender per writer, called from the task thread.
 */
public final class BulkSender {

  /** The stage name of dead letters this sender writes. */
  public static final String STAGE = "index";

  private final BulkExecutor executor;
  private final BulkLimits limits;
  private final String deadLetterIndex;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private final Clock clock;
  private final SendCounters counters;

  /** A sender over the given executor; see the class comment for the rules it applies. */
  public BulkSender(
      BulkExecutor executor,
      BulkLimits limits,
      String deadLetterIndex,
      Backoff backoff,
      Sleeper sleeper,
      Clock clock,
      SendCounters counters) {
    this.executor = executor;
    this.limits = limits;
    this.deadLetterIndex = deadLetterIndex;
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.clock = clock;
    this.counters = counters;
  }

  /**
   * Delivers the items; see the class comment.
   *
   * @throws ElasticsearchSinkException when a request keeps failing as a whole
   * @throws DeadLetterWriteException when a dead letter cannot be written
   * @throws InterruptedException when interrupted while backing off
   */
  public void send(List<BulkItem> items) throws ElasticsearchSinkException, InterruptedException {
    List<BulkItem> pending = new ArrayList<>(items.size());
    List<BulkItem> deadLetters = new ArrayList<>();
    for (BulkItem item : items) {
      if (item.size() > limits.maxBytes()) {
        String reason =
            String.format(
                Locale.ROOT,
                "document of %d bytes exceeds the bulk limit of %d bytes",
                item.size(),
                limits.maxBytes());
        deadLetters.add(deadLetter(item, "document_too_large", 413, reason));
      } else {
        pending.add(item);
      }
    }
    deliver(pending, deadLetters, false);
    if (!deadLetters.isEmpty()) {
      deliver(deadLetters, null, true);
      counters.deadLettered(deadLetters.size());
    }
  }

  private void deliver(List<BulkItem> items, List<BulkItem> deadLetters, boolean dlq)
      throws ElasticsearchSinkException, InterruptedException {
    List<BulkItem> pending = items;
    while (!pending.isEmpty()) {
      List<BulkItem> retry = new ArrayList<>();
      for (List<BulkItem> batch : batches(pending)) {
        sendBatch(batch, retry, deadLetters, dlq);
      }
      int round = 0;
      for (BulkItem item : retry) {
        round = Math.max(round, item.retries());
      }
      if (!retry.isEmpty()) {
        counters.retried(retry.size());
        sleeper.sleep(backoff.delay(round));
      }
      pending = retry;
    }
  }

  private void sendBatch(
      List<BulkItem> batch, List<BulkItem> retry, List<BulkItem> deadLetters, boolean dlq)
      throws ElasticsearchSinkException {
    List<ItemResult> results;
    try {
      counters.batch();
      results = executor.execute(batch);
    } catch (BulkRequestException e) {
      if (FailureClassifier.classifyRequest(e.status()) != Outcome.RETRY) {
        throw new ElasticsearchSinkException(
            "bulk request to Elasticsearch refused: " + e.getMessage(), e.status(), e);
      }
      for (BulkItem item : batch) {
        if (item.retried() > limits.maxRetries()) {
          throw new ElasticsearchSinkException(
              "bulk request failed after " + limits.maxRetries() + " retries: " + e.getMessage(),
              e.status(),
              e);
        }
        retry.add(item);
      }
      return;
    }
    long indexed = 0;
    long newer = 0;
    for (int i = 0; i < batch.size(); i++) {
      BulkItem item = batch.get(i);
      ItemResult result = results.get(i);
      switch (FailureClassifier.classifyItem(result.status())) {
        case SUCCESS -> indexed++;
        case ALREADY_NEWER -> newer++;
        case RETRY -> {
          if (item.retried() <= limits.maxRetries()) {
            retry.add(item);
          } else {
            String reason =
                "retries exhausted: after " + limits.maxRetries() + " retries: " + describe(result);
            failed(item, result, reason, deadLetters, dlq);
          }
        }
        default -> failed(item, result, describe(result), deadLetters, dlq);
      }
    }
    if (!dlq) {
      counters.indexed(indexed);
      counters.alreadyNewer(newer);
    }
  }

  private void failed(
      BulkItem item, ItemResult result, String reason, List<BulkItem> deadLetters, boolean dlq)
      throws DeadLetterWriteException {
    if (dlq) {
      throw new DeadLetterWriteException(item.index(), item.id(), result.status(), reason);
    }
    String type = result.errorType() == null ? "http_" + result.status() : result.errorType();
    deadLetters.add(deadLetter(item, type, result.status(), reason));
  }

  private BulkItem deadLetter(BulkItem item, String errorType, int status, String reason) {
    DeadLetter letter =
        new DeadLetter(
            item.id(), item.sourceUrl(), STAGE, errorType, reason, status, clock.instant());
    String failed = new String(item.json(), StandardCharsets.UTF_8);
    byte[] json =
        JsonBytes.of(DeadLetterSource.of(letter, failed, limits.deadLetterDocumentCapChars()));
    return new BulkItem(deadLetterIndex, DeadLetterSource.id(letter), item.sourceUrl(), json);
  }

  private List<List<BulkItem>> batches(List<BulkItem> items) {
    List<List<BulkItem>> batches = new ArrayList<>();
    List<BulkItem> current = new ArrayList<>();
    long bytes = 0;
    for (BulkItem item : items) {
      if (!current.isEmpty()
          && (current.size() >= limits.maxActions() || bytes + item.size() > limits.maxBytes())) {
        batches.add(current);
        current = new ArrayList<>();
        bytes = 0;
      }
      current.add(item);
      bytes += item.size();
    }
    if (!current.isEmpty()) {
      batches.add(current);
    }
    return batches;
  }

  private static String describe(ItemResult result) {
    String type = result.errorType() == null ? "status " + result.status() : result.errorType();
    return result.reason() == null ? type : type + ": " + result.reason();
  }
}
