package org.casewatch.pipeline.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.query.IndexNames;

/**
 * The benchmark's own indices, all named {@code casewatch-bench-*} so that the user's data is never
 * touched: each is created from the current mapping resource of the casewatch index it stands in
 * for (same settings, same {@code dynamic: strict} mapping) and deleted by name at the end.
 *
 * <p>The two ingest runs write to {@link #SINK_DOCUMENTS} and {@link #BULK_DOCUMENTS}; the one kept
 * for the query benchmark is reached through the alias {@code casewatch-bench-documents}, so that
 * {@link #NAMES} addresses documents, claims, events and cases uniformly.
 */
final class BenchIndices {

  /** The prefix of every benchmark index. */
  static final String PREFIX = "casewatch-bench-";

  /** The names the query service reads. */
  static final IndexNames NAMES = IndexNames.withPrefix(PREFIX);

  /** The documents index the sink run writes. */
  static final String SINK_DOCUMENTS = PREFIX + "documents-sink";

  /** The documents index the plain {@code _bulk} run writes. */
  static final String BULK_DOCUMENTS = PREFIX + "documents-bulk";

  /** The scratch index both ingest paths warm up on before the comparison; deleted after. */
  static final String WARMUP_DOCUMENTS = PREFIX + "documents-warmup";

  /** Where the sink run's dead letters would go. */
  static final String DEAD_LETTERS = PREFIX + "dead-letters";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ElasticsearchClient client;
  private final List<String> created = new ArrayList<>();

  BenchIndices(ElasticsearchClient client) {
    this.client = client;
  }

  /**
   * The settings-and-mappings JSON of the casewatch index {@code casewatch-<name>}, or empty when
   * this build has no such index yet.
   */
  static Optional<CasewatchIndex> casewatchIndex(String name) {
    for (CasewatchIndex index : CasewatchIndex.values()) {
      if (index.alias().equals(CasewatchIndex.PREFIX + name)) {
        return Optional.of(index);
      }
    }
    return Optional.empty();
  }

  /** The field filter of the mapping of {@code casewatch-<name>}, or empty when it has none. */
  static Optional<MappingFilter> filter(String name) throws IOException {
    Optional<CasewatchIndex> index = casewatchIndex(name);
    if (index.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = index.get().openMapping()) {
      JsonNode root = JSON.readTree(in);
      return Optional.of(MappingFilter.of(root.path("mappings").path("properties")));
    }
  }

  /**
   * Deletes {@code index} if it exists and creates it with the settings and mapping of {@code
   * casewatch-<name>}.
   *
   * @return false when this build has no {@code casewatch-<name>} mapping
   */
  boolean recreate(String index, String name) throws IOException {
    Optional<CasewatchIndex> source = casewatchIndex(name);
    if (source.isEmpty()) {
      return false;
    }
    delete(index);
    try (InputStream mapping = source.get().openMapping()) {
      client.indices().create(c -> c.index(index).withJson(mapping));
    }
    created.add(index);
    return true;
  }

  /** Points {@code alias} at {@code index} only. */
  void alias(String index, String alias) throws IOException {
    client
        .indices()
        .updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias))));
  }

  /** Makes everything written visible to search. */
  void refresh(String index) throws IOException {
    client.indices().refresh(r -> r.index(index));
  }

  /** The number of documents in {@code index} after a refresh. */
  long count(String index) throws IOException {
    refresh(index);
    return client.count(c -> c.index(index)).count();
  }

  /**
   * The bulk requests {@code index} has received and the time the node spent on them, in
   * milliseconds (its primary shard's counts; every benchmark index has one shard), so the report
   * can show how each ingest path cut its requests and the node's share of its time.
   */
  long[] bulkStats(String index) throws IOException {
    var stats = client.indices().stats(s -> s.index(index).metric("bulk")).indices().get(index);
    if (stats == null || stats.primaries() == null || stats.primaries().bulk() == null) {
      return new long[] {0, 0};
    }
    var bulk = stats.primaries().bulk();
    return new long[] {bulk.totalOperations(), bulk.totalTimeInMillis()};
  }

  /**
   * Empties the shard request caches of {@code indices}. A {@code --reuse} run replays the queries
   * of the run that kept the indices (same seed), and Elasticsearch caches the results of requests
   * without hits (the trend aggregations) per shard: left filled, the replay would time cache hits.
   * Filter caches and the file system cache stay: they are what a running service has too.
   */
  void clearRequestCache(List<String> indices) throws IOException {
    client.indices().clearCache(c -> c.index(indices).request(true));
  }

  /** What {@link #settle} found: how long it waited and what the indices look like after. */
  record Settled(double seconds, long segments, long mergesRunning) {}

  /**
   * Waits until Elasticsearch has finished the background merges a bulk load leaves running on
   * {@code indices}, polling every second for at most {@code maxSeconds}, then refreshes them.
   *
   * <p>Why: right after a million documents, the node spends minutes merging segments on the same
   * two cores the queries need, so query latencies measured then are the merges' as much as the
   * queries'. A monitoring index is searched mostly in that settled state; the benchmark times it
   * there and reports how long the settling took. It never forces a merge (no {@code _forcemerge}):
   * the segments are the ones Elasticsearch's own merge policy leaves.
   *
   * @param progress told the running merges and segments every 10 seconds while it waits
   */
  Settled settle(List<String> indices, int maxSeconds, Consumer<String> progress)
      throws IOException {
    long started = System.nanoTime();
    long[] state = mergeState(indices);
    int quiet = 0;
    for (int second = 0; second < maxSeconds && quiet < 3; second++) {
      quiet = state[0] == 0 ? quiet + 1 : 0;
      if (quiet >= 3) {
        break;
      }
      if (second % 10 == 0) {
        progress.accept(
            String.format(Locale.ROOT, "%d merges running, %,d segments", state[0], state[1]));
      }
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for merges", e);
      }
      state = mergeState(indices);
    }
    for (String index : indices) {
      refresh(index);
    }
    state = mergeState(indices);
    return new Settled((System.nanoTime() - started) / 1e9, state[1], state[0]);
  }

  /** The merges running and the segments of {@code indices}' primaries. */
  private long[] mergeState(List<String> indices) throws IOException {
    var all = client.indices().stats(s -> s.index(indices).metric("merge", "segments")).all();
    if (all == null || all.primaries() == null) {
      return new long[] {0, 0};
    }
    var primaries = all.primaries();
    long merges = primaries.merges() == null ? 0 : primaries.merges().current();
    long segments = primaries.segments() == null ? 0 : primaries.segments().count();
    return new long[] {merges, segments};
  }

  /** Deletes an index if it exists. */
  void delete(String index) throws IOException {
    client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    created.remove(index);
  }

  /** Deletes every index this instance created. */
  void deleteAll() throws IOException {
    for (String index : List.copyOf(created)) {
      delete(index);
    }
  }

  /** The indices this instance created and has not deleted. */
  List<String> created() {
    return List.copyOf(created);
  }
}
