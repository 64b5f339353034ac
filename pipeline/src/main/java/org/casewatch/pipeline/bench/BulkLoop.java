package org.casewatch.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

/**
 * The baseline of the ingest comparison: a plain loop that serializes documents to NDJSON and posts
 * them to {@code _bulk} with the low-level REST client, one request at a time, cutting requests at
 * the same document and byte limits as the sink (counted, like the sink, over document bytes). It
 * has none of the sink's work: no per-item classification, retries or dead letters beyond counting
 * refused items.
 */
final class BulkLoop {

  private static final ContentType NDJSON = ContentType.create("application/x-ndjson");

  /** Attempts per bulk request when the socket times out: **3**. */
  static final int MAX_ATTEMPTS = 3;

  private final RestClient rest;
  private final int maxActions;
  private final long maxBytes;
  private final ObjectMapper json = new ObjectMapper();

  BulkLoop(RestClient rest, int maxActions, long maxBytes) {
    this.rest = rest;
    this.maxActions = maxActions;
    this.maxBytes = maxBytes;
  }

  /**
   * Writes documents {@code from} (inclusive) to {@code to} (exclusive) into {@code index}.
   *
   * @param documents document number to its JSON map, which must have a string {@code id}
   * @param progress told how many documents are done after every request; may be null
   */
  IngestResult load(
      String index,
      LongFunction<Map<String, Object>> documents,
      long from,
      long to,
      Progress progress)
      throws IOException {
    long started = System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 20);
    int actions = 0;
    long bytes = 0;
    long failed = 0;
    for (long i = from; i < to; i++) {
      Map<String, Object> document = documents.apply(i);
      byte[] source = json.writeValueAsBytes(document);
      if (actions > 0 && bytes + source.length > maxBytes) {
        failed += send(body);
        actions = 0;
        bytes = 0;
      }
      byte[] action =
          json.writeValueAsBytes(
              Map.of("index", Map.of("_index", index, "_id", document.get("id"))));
      body.write(action);
      body.write('\n');
      body.write(source);
      body.write('\n');
      actions++;
      bytes += source.length;
      if (actions >= maxActions || bytes >= maxBytes) {
        failed += send(body);
        actions = 0;
        bytes = 0;
        if (progress != null) {
          progress.update(i + 1 - from);
        }
      }
    }
    if (actions > 0) {
      failed += send(body);
    }
    return new IngestResult("bulk", index, to - from, failed, System.nanoTime() - started);
  }

  /**
   * Like {@link #load}, with {@code threads} loops sending requests at the same time, each taking
   * the next {@code maxActions} documents; for bulk loads that are not measured against the sink.
   */
  IngestResult loadParallel(
      String index,
      LongFunction<Map<String, Object>> documents,
      long from,
      long to,
      int threads,
      Progress progress)
      throws IOException {
    long started = System.nanoTime();
    AtomicLong next = new AtomicLong(from);
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> loops = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        loops.add(
            pool.submit(
                () -> {
                  for (long start = next.getAndAdd(maxActions);
                      start < to;
                      start = next.getAndAdd(maxActions)) {
                    long end = Math.min(to, start + maxActions);
                    failed.addAndGet(load(index, documents, start, end, null).failed());
                    long total = done.addAndGet(end - start);
                    if (progress != null) {
                      progress.update(total);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> loop : loops) {
        loop.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while loading " + index);
    } finally {
      pool.shutdownNow();
    }
    return new IngestResult(
        "_bulk, " + threads + " loops",
        index,
        to - from,
        failed.get(),
        System.nanoTime() - started);
  }

  /** Posts the buffered NDJSON, empties the buffer, and returns how many items were refused. */
  private long send(ByteArrayOutputStream body) throws IOException {
    Request request = new Request("POST", "/_bulk");
    request.setEntity(new ByteArrayEntity(body.toByteArray(), NDJSON));
    body.reset();
    Response response = null;
    for (int attempt = 1; response == null; attempt++) {
      try {
        response = rest.performRequest(request);
      } catch (java.net.SocketTimeoutException e) {
        // a node starved of CPU can stall a request past the client's socket timeout; the items
        // carry their ids, so sending the same request again rewrites the same documents
        if (attempt >= MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
    try (InputStream in = response.getEntity().getContent()) {
      JsonNode tree = json.readTree(in);
      if (!tree.path("errors").asBoolean(false)) {
        return 0;
      }
      long failed = 0;
      for (JsonNode item : tree.path("items")) {
        if (item.path("index").has("error")) {
          failed++;
        }
      }
      return failed;
    }
  }
}
