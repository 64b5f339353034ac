package org.casewatch.index.sink;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casewatch.index.sink.internal.BulkExecutor;
import org.casewatch.index.sink.internal.BulkItem;
import org.casewatch.index.sink.internal.BulkRequestException;
import org.casewatch.index.sink.internal.ItemResult;

/**
 * A bulk executor that answers from a script, for the failure shapes a real node cannot produce on
 * demand (a 429 on chosen items, a 503 forever, a refused dead-letter index).
 *
 * <p>Items succeed with 201 unless their id has scripted statuses left; a scripted status is used
 * once. Items that succeed are stored, per index and id, like Elasticsearch would.
 */
final class ScriptedBulkExecutor implements BulkExecutor {

  private final Map<String, Deque<ItemResult>> itemScript = new HashMap<>();
  private final Map<String, ItemResult> indexScript = new HashMap<>();
  private final Deque<Integer> requestFailures = new ArrayDeque<>();
  private final List<List<BulkItem>> requests = new ArrayList<>();
  private final Map<String, Map<String, String>> stored = new LinkedHashMap<>();
  private boolean closed;

  /** The item with this id fails with these results, one per attempt, then succeeds. */
  ScriptedBulkExecutor failItem(String id, ItemResult... results) {
    itemScript.computeIfAbsent(id, k -> new ArrayDeque<>()).addAll(List.of(results));
    return this;
  }

  /** Every item sent to this index fails with this result. */
  ScriptedBulkExecutor failIndex(String index, ItemResult result) {
    indexScript.put(index, result);
    return this;
  }

  /** The next requests fail as a whole with these statuses (0: no response). */
  ScriptedBulkExecutor failRequests(Integer... statuses) {
    requestFailures.addAll(List.of(statuses));
    return this;
  }

  @Override
  public List<ItemResult> execute(List<BulkItem> items) throws BulkRequestException {
    requests.add(List.copyOf(items));
    Integer requestStatus = requestFailures.poll();
    if (requestStatus != null) {
      throw new BulkRequestException(requestStatus, "scripted request failure", null);
    }
    List<ItemResult> results = new ArrayList<>();
    for (BulkItem item : items) {
      Deque<ItemResult> script = itemScript.get(item.id());
      ItemResult result = indexScript.get(item.index());
      if (result == null) {
        result = script == null || script.isEmpty() ? ItemResult.ok(201) : script.poll();
      }
      if (result.status() / 100 == 2) {
        stored
            .computeIfAbsent(item.index(), k -> new LinkedHashMap<>())
            .put(item.id(), new String(item.json(), StandardCharsets.UTF_8));
      }
      results.add(result);
    }
    return results;
  }

  @Override
  public void close() {
    closed = true;
  }

  /** Every request sent, in order. */
  List<List<BulkItem>> requests() {
    return requests;
  }

  /** The ids of request number {@code n}. */
  List<String> ids(int n) {
    return requests.get(n).stream().map(BulkItem::id).toList();
  }

  /** What each index holds, by id, as JSON text. */
  Map<String, String> stored(String index) {
    return stored.getOrDefault(index, Map.of());
  }

  boolean closed() {
    return closed;
  }
}
