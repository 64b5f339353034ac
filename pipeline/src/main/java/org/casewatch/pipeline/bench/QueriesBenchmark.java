package org.casewatch.pipeline.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.query.IndexNames;
import org.casewatch.index.sink.BulkLimits;
import org.elasticsearch.client.RestClient;

/**
 * Runs the whole query benchmark of issue 5 against one Elasticsearch: generates the corpus,
 * compares the sink's ingest rate with a plain {@code _bulk} loop on the same documents, loads the
 * rest of the corpus by the faster path together with claims, events and cases, checks the counts,
 * and times every query kind. Everything goes to {@code casewatch-bench-*} indices, deleted at the
 * end unless {@link Options#keep()}.
 *
 * <pre>{@code
 * BenchReport report = new QueriesBenchmark(connection, options, out).run();
 * report.print(out);
 * }</pre>
 */
public final class QueriesBenchmark {

  /**
   * Documents each ingest path writes in the comparison: **200,000** (fewer when the corpus is
   * smaller).
   */
  public static final long DEFAULT_INGEST_DOCUMENTS = 200_000;

  /**
   * Warm-up queries per kind, not timed: **200**, as many as are timed. They continue the timed
   * queries' random stream, so none is repeated in the timed run and no request cache is primed.
   * Why this many: the figures are meant to be those of a service that has been answering queries,
   * and on a freshly loaded million-document index 20 warm-up searches left the timed ones reading
   * index files and filling filter caches for the first time (search p95 98.2 ms after 20, against
   * 57.7 ms on the same index once warm).
   */
  public static final int DEFAULT_WARMUP = 200;

  /**
   * Concurrent writers of the loads that are not compared: **2**, one per core of the target
   * machine.
   */
  public static final int DEFAULT_LOAD_THREADS = 2;

  /** Timed queries per kind: **200**. */
  public static final int DEFAULT_QUERIES = 200;

  /**
   * Documents each ingest path writes, untimed, into a scratch index before the comparison:
   * **2,000** at most, a fifth of the compared documents. Without it the path measured first pays
   * for a freshly started node's JIT compilation: on a loaded 2-core machine a cold node made the
   * first path (the sink) 30% slower than the same sink run again on the warm node.
   */
  static final long WARMUP_DOCUMENTS = 2_000;

  /**
   * Rounds the compared documents are split into: **4**. The sink and the loop take turns on each
   * round's documents, the sink first in odd rounds and the loop first in even ones, and each
   * path's time is the sum of its rounds: on a machine shared with other work, a slow minute then
   * hits both paths instead of whichever ran in it (one-shot runs on the shared 2-core machine gave
   * ratios from 0.48 to 0.83 for the same code).
   */
  static final int INGEST_ROUNDS = 4;

  /** Documents sampled to measure the generator alone: **10,000** at most. */
  static final long GENERATION_SAMPLE = 10_000;

  /**
   * The longest the benchmark waits for the load's merges before timing queries: **30 minutes**.
   */
  static final int SETTLE_SECONDS = 1_800;

  /**
   * What to run.
   *
   * @param scale the corpus
   * @param ingestDocuments documents per path in the ingest comparison (capped at the corpus size)
   * @param warmup untimed queries per kind
   * @param queries timed queries per kind
   * @param batchSize documents per bulk request for both paths
   * @param loadThreads concurrent writers for the loads that are not compared (the rest of the
   *     documents, claims, events, cases); the comparison itself runs one writer per path
   * @param keep whether to keep the benchmark indices afterwards
   * @param sharedData the shared data folder whose BBC corpus gives the vocabulary, may not exist
   * @param reuse whether to skip generating and loading and time the queries on the indices an
   *     earlier run of the same scale and seed kept ({@code keep}); ingest is then not measured
   */
  public record Options(
      BenchScale scale,
      long ingestDocuments,
      int warmup,
      int queries,
      int batchSize,
      int loadThreads,
      boolean keep,
      Path sharedData,
      boolean reuse) {

    /** Options of a full run (generate, load, time). */
    public Options(
        BenchScale scale,
        long ingestDocuments,
        int warmup,
        int queries,
        int batchSize,
        int loadThreads,
        boolean keep,
        Path sharedData) {
      this(
          scale, ingestDocuments, warmup, queries, batchSize, loadThreads, keep, sharedData, false);
    }

    /** Checks the values. */
    public Options {
      if (ingestDocuments < 1
          || warmup < 0
          || queries < 1
          || batchSize < 1
          || batchSize > 10_000
          || loadThreads < 1) {
        throw new IllegalArgumentException(
            "ingest documents, queries and load threads must be positive, warm-up not negative,"
                + " batch size 1 to 10000");
      }
    }
  }

  private final ElasticsearchConnection connection;
  private final Options options;
  private final PrintWriter out;

  /** A benchmark against the given cluster, printing progress to {@code out}. */
  public QueriesBenchmark(ElasticsearchConnection connection, Options options, PrintWriter out) {
    this.connection = connection;
    this.options = options;
    this.out = out;
  }

  /** Runs the benchmark and returns its report (not yet printed). */
  public BenchReport run() throws Exception {
    BenchScale scale = options.scale();
    String loadBefore = loadAverage();
    Vocabulary vocabulary =
        Vocabulary.fromBbcOrBuiltIn(options.sharedData().resolve("bbc-news-fulltext-2225"));
    say("Vocabulary: %,d words (%s)", vocabulary.size(), vocabulary.source());
    DocumentGenerator generator = new DocumentGenerator(scale, vocabulary, new CasePlan(scale));
    RecordGenerator records = new RecordGenerator(generator);
    MappingFilter documentFilter =
        BenchIndices.filter("documents")
            .orElseThrow(() -> new IllegalStateException("no documents mapping on the classpath"));
    Map<String, MappingFilter> filters = new LinkedHashMap<>();
    for (String name : List.of("claims", "events", "cases")) {
      BenchIndices.filter(name).ifPresent(filter -> filters.put(name, filter));
    }
    List<String> notes = new ArrayList<>();
    Map<String, Set<String>> dropped = dropped(generator, records, documentFilter, filters);
    double generationRate = generationRate(generator, documentFilter);
    say("Generator alone: %,.0f documents/s", generationRate);

    if (options.reuse()) {
      return reuse(scale, vocabulary, generator, filters, dropped, generationRate, loadBefore);
    }
    long ingest = Math.min(options.ingestDocuments(), scale.documents());
    long maxBytes = BulkLimits.DEFAULT_MAX_BYTES;
    try (ElasticsearchClient client = ElasticsearchClients.create(connection);
        RestClient restClient = ElasticsearchClients.restClient(connection)) {
      BenchIndices indices = new BenchIndices(client);
      try {
        indices.recreate(BenchIndices.SINK_DOCUMENTS, "documents");
        indices.recreate(BenchIndices.BULK_DOCUMENTS, "documents");
        indices.recreate(BenchIndices.DEAD_LETTERS, "dead-letters");
        SinkIngest sinkPath = new SinkIngest(connection, client, options.batchSize(), maxBytes);
        BulkLoop bulkPath = new BulkLoop(restClient, options.batchSize(), maxBytes);
        LongFunction<Map<String, Object>> documents =
            i -> documentFilter.apply(generator.document(i));

        long warm = Math.min(WARMUP_DOCUMENTS, Math.max(1, ingest / 5));
        say("Warming up both ingest paths and the node (untimed): %,d documents each", warm);
        indices.recreate(BenchIndices.WARMUP_DOCUMENTS, "documents");
        sinkPath.load(BenchIndices.WARMUP_DOCUMENTS, generator, documentFilter, 0, warm, 1, null);
        bulkPath.load(BenchIndices.WARMUP_DOCUMENTS, documents, warm, 2 * warm, null);
        indices.delete(BenchIndices.WARMUP_DOCUMENTS);

        long round = (ingest + INGEST_ROUNDS - 1) / INGEST_ROUNDS;
        say(
            "Ingest through the ElasticsearchSink and a plain _bulk loop, the same %,d documents,"
                + " alternating in rounds of %,d (sink first, then _bulk first, ...)",
            ingest, round);
        IngestResult sink = null;
        IngestResult bulk = null;
        for (long from = 0, r = 0; from < ingest; from += round, r++) {
          long to = Math.min(ingest, from + round);
          for (int turn = 0; turn < 2; turn++) {
            if ((turn == 0) == (r % 2 == 0)) {
              sink =
                  IngestResult.plus(
                      sink,
                      sinkPath.load(
                          BenchIndices.SINK_DOCUMENTS,
                          generator,
                          documentFilter,
                          from,
                          to,
                          1,
                          progress("sink", to - from)));
            } else {
              bulk =
                  IngestResult.plus(
                      bulk,
                      bulkPath.load(
                          BenchIndices.BULK_DOCUMENTS,
                          documents,
                          from,
                          to,
                          progress("_bulk", to - from)));
            }
          }
        }
        say(
            "  sink:  %,.0f documents/s%s",
            sink.rate(), requests(indices, BenchIndices.SINK_DOCUMENTS, ingest));
        say(
            "  _bulk: %,.0f documents/s%s",
            bulk.rate(), requests(indices, BenchIndices.BULK_DOCUMENTS, ingest));

        Map<String, Long> expected = new LinkedHashMap<>();
        Map<String, Long> indexed = new LinkedHashMap<>();
        expected.put(BenchIndices.SINK_DOCUMENTS, ingest);
        indexed.put(BenchIndices.SINK_DOCUMENTS, indices.count(BenchIndices.SINK_DOCUMENTS));
        expected.put(BenchIndices.BULK_DOCUMENTS, ingest);
        indexed.put(BenchIndices.BULK_DOCUMENTS, indices.count(BenchIndices.BULK_DOCUMENTS));

        boolean sinkFaster = sink.rate() >= bulk.rate();
        String kept = sinkFaster ? BenchIndices.SINK_DOCUMENTS : BenchIndices.BULK_DOCUMENTS;
        indices.delete(sinkFaster ? BenchIndices.BULK_DOCUMENTS : BenchIndices.SINK_DOCUMENTS);
        IngestResult rest = null;
        if (scale.documents() > ingest) {
          long remaining = scale.documents() - ingest;
          say(
              "Loading the other %,d documents (%s, the faster path, %d writers)",
              remaining, sinkFaster ? "sink" : "_bulk", options.loadThreads());
          rest =
              sinkFaster
                  ? sinkPath.load(
                      kept,
                      generator,
                      documentFilter,
                      ingest,
                      scale.documents(),
                      options.loadThreads(),
                      progress("documents", remaining))
                  : bulkPath.loadParallel(
                      kept,
                      documents,
                      ingest,
                      scale.documents(),
                      options.loadThreads(),
                      progress("documents", remaining));
        }
        IndexNames names = BenchIndices.NAMES;
        indices.alias(kept, names.documents());
        expected.put(names.documents(), scale.documents());
        indexed.put(names.documents(), indices.count(names.documents()));

        loadRecords(
            indices,
            bulkPath,
            names.claims(),
            "claims",
            filters,
            scale.claims(),
            j -> records.claim((int) j),
            expected,
            indexed,
            notes);
        loadRecords(
            indices,
            bulkPath,
            names.events(),
            "events",
            filters,
            scale.claims(),
            j -> records.event((int) j),
            expected,
            indexed,
            notes);
        loadRecords(
            indices,
            bulkPath,
            names.cases(),
            "cases",
            filters,
            scale.cases(),
            c -> records.caseDocument((int) c),
            expected,
            indexed,
            notes);

        settle(indices, List.of(kept, names.claims(), names.events(), names.cases()), notes);
        List<KindResult> queries = timeQueries(client, names, generator, filters, notes);
        if (options.keep()) {
          notes.add(
              "indices kept: "
                  + String.join(", ", indices.created())
                  + " (alias "
                  + names.documents()
                  + ")");
        }
        return new BenchReport(
            scale,
            vocabulary.source(),
            loadBefore,
            loadAverage(),
            generationRate,
            sink,
            bulk,
            rest,
            expected,
            indexed,
            dropped,
            queries,
            notes);
      } finally {
        if (!options.keep()) {
          indices.deleteAll();
        }
      }
    }
  }

  /** Times every query kind on the benchmark indices, adding per-variant trend notes. */
  private List<KindResult> timeQueries(
      ElasticsearchClient client,
      IndexNames names,
      DocumentGenerator generator,
      Map<String, MappingFilter> filters,
      List<String> notes) {
    BenchScale scale = generator.scale();
    say("Timing queries: %d warm-up and %d timed per kind", options.warmup(), options.queries());
    QueryWorkload workload = new QueryWorkload(client, names, generator);
    List<KindResult> queries = new ArrayList<>();
    for (QueryKind kind : QueryKind.values()) {
      if (kind != QueryKind.SEARCH
          && !filters.keySet().containsAll(List.of("claims", "events", "cases"))) {
        notes.add(kind.label() + " not timed: claims, events or cases mapping missing");
        continue;
      }
      KindResult result =
          QueryTimer.time(
              kind,
              workload.runner(kind),
              scale.seed(),
              options.warmup(),
              options.queries(),
              workload::resetTrendVariants);
      say(
          "  %-14s p50 %6.1f ms, p95 %6.1f ms",
          kind.label(), result.stats().p50Millis(), result.stats().p95Millis());
      queries.add(result);
    }
    workload
        .trendVariants()
        .forEach(
            (variant, stats) ->
                notes.add(
                    String.format(
                        Locale.ROOT,
                        "trends, %s: %d queries, p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                        variant,
                        stats.count(),
                        stats.p50Millis(),
                        stats.p95Millis(),
                        stats.maxMillis())));
    return queries;
  }

  /**
   * Times the queries on the indices a {@code --keep} run of the same scale left, after checking
   * that each holds what this scale generates.
   *
   * @throws IllegalStateException when an index is missing or holds another count
   */
  private BenchReport reuse(
      BenchScale scale,
      Vocabulary vocabulary,
      DocumentGenerator generator,
      Map<String, MappingFilter> filters,
      Map<String, Set<String>> dropped,
      double generationRate,
      String loadBefore)
      throws IOException {
    IndexNames names = BenchIndices.NAMES;
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put(names.documents(), scale.documents());
    expected.put(names.claims(), (long) scale.claims());
    expected.put(names.events(), (long) scale.claims());
    expected.put(names.cases(), (long) scale.cases());
    try (ElasticsearchClient client = ElasticsearchClients.create(connection)) {
      BenchIndices indices = new BenchIndices(client);
      Map<String, Long> indexed = new LinkedHashMap<>();
      for (Map.Entry<String, Long> e : expected.entrySet()) {
        long count;
        try {
          count = indices.count(e.getKey());
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException missing) {
          throw new IllegalStateException(
              "--reuse: no index " + e.getKey() + "; run once with --keep first", missing);
        }
        if (count != e.getValue()) {
          throw new IllegalStateException(
              String.format(
                  Locale.ROOT,
                  "--reuse: %s holds %,d records, this scale generates %,d; run once with --keep"
                      + " and the same --docs/--claims/--cases",
                  e.getKey(),
                  count,
                  e.getValue()));
        }
        indexed.put(e.getKey(), count);
      }
      say("Reusing the kept indices: %s", expected.keySet());
      List<String> notes = new ArrayList<>();
      settle(indices, List.copyOf(expected.keySet()), notes);
      indices.clearRequestCache(List.copyOf(expected.keySet()));
      notes.add(
          "shard request caches cleared before the warm-up (--reuse replays the same queries)");
      List<KindResult> queries = timeQueries(client, names, generator, filters, notes);
      return new BenchReport(
          scale,
          vocabulary.source(),
          loadBefore,
          loadAverage(),
          generationRate,
          null,
          null,
          null,
          expected,
          indexed,
          dropped,
          queries,
          notes);
    }
  }

  /**
   * Lets Elasticsearch finish the merges the load left running (at most {@link #SETTLE_SECONDS}
   * seconds) before the queries are timed, and notes how long that took and the segments left.
   */
  private void settle(BenchIndices indices, List<String> names, List<String> notes)
      throws IOException {
    say("Waiting for Elasticsearch's background merges to finish before timing queries");
    BenchIndices.Settled settled =
        indices.settle(names, SETTLE_SECONDS, state -> say("  %s", state));
    String line =
        String.format(
            Locale.ROOT,
            "queries timed after the load's merges: waited %.0f s, %,d segments, %d merges still"
                + " running%s",
            settled.seconds(),
            settled.segments(),
            settled.mergesRunning(),
            settled.mergesRunning() > 0 ? " (gave up waiting)" : "");
    say("  %s", line);
    notes.add(line);
  }

  private void loadRecords(
      BenchIndices indices,
      BulkLoop bulk,
      String index,
      String name,
      Map<String, MappingFilter> filters,
      long count,
      LongFunction<Map<String, Object>> records,
      Map<String, Long> expected,
      Map<String, Long> indexed,
      List<String> notes)
      throws IOException {
    MappingFilter filter = filters.get(name);
    if (filter == null || !indices.recreate(index, name)) {
      notes.add(name + " not generated: no casewatch-" + name + " mapping in this build");
      return;
    }
    say("Loading %,d %s", count, name);
    IngestResult result =
        bulk.loadParallel(
            index,
            i -> filter.apply(records.apply(i)),
            0,
            count,
            options.loadThreads(),
            progress(name, count));
    if (result.failed() > 0) {
      notes.add(result.failed() + " " + name + " refused by Elasticsearch");
    }
    expected.put(index, count);
    indexed.put(index, indices.count(index));
  }

  /** The generated fields each mapping lacks, from a sample of each record type. */
  private static Map<String, Set<String>> dropped(
      DocumentGenerator generator,
      RecordGenerator records,
      MappingFilter documents,
      Map<String, MappingFilter> filters) {
    Map<String, Set<String>> dropped = new LinkedHashMap<>();
    long claimDocument = generator.scale().documentOfClaim(0);
    Set<String> documentFields =
        new java.util.TreeSet<>(documents.dropped(generator.document(claimDocument)));
    documentFields.addAll(documents.dropped(generator.document(generator.scale().documents() - 1)));
    dropped.put("documents", documentFields);
    Optional.ofNullable(filters.get("claims"))
        .ifPresent(f -> dropped.put("claims", f.dropped(records.claim(0))));
    Optional.ofNullable(filters.get("events"))
        .ifPresent(f -> dropped.put("events", f.dropped(records.event(0))));
    Optional.ofNullable(filters.get("cases"))
        .ifPresent(f -> dropped.put("cases", f.dropped(records.caseDocument(0))));
    return dropped;
  }

  /** Documents per second of generating, filtering and serializing alone, over a sample. */
  private static double generationRate(DocumentGenerator generator, MappingFilter filter)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    long sample = Math.min(GENERATION_SAMPLE, generator.scale().documents());
    long bytes = 0;
    long started = System.nanoTime();
    for (long i = 0; i < sample; i++) {
      bytes += json.writeValueAsBytes(filter.apply(generator.document(i))).length;
    }
    long nanos = Math.max(1, System.nanoTime() - started);
    return bytes > 0 ? sample * 1e9 / nanos : 0;
  }

  private Progress progress(String label, long total) {
    return new Progress(out, label, total);
  }

  private void say(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }

  /**
   * The 1, 5 and 15 minute load averages from {@code /proc/loadavg}, else the JVM's 1 minute one.
   */
  static String loadAverage() {
    Path proc = Path.of("/proc/loadavg");
    try {
      if (Files.isReadable(proc)) {
        String[] parts = Files.readString(proc, StandardCharsets.US_ASCII).trim().split(" ");
        if (parts.length >= 3) {
          return parts[0] + " " + parts[1] + " " + parts[2];
        }
      }
    } catch (IOException e) {
      // Fall back to the JVM's figure below.
    }
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
  }

  /**
   * ", in N bulk requests (M documents each, S s in Elasticsearch)" for an ingest run, or "" when
   * unknown: how the path cut its requests and how long the node spent on them, which tells the
   * node's share of a difference from the client's.
   */
  private static String requests(BenchIndices indices, String index, long documents) {
    try {
      long[] stats = indices.bulkStats(index);
      return stats[0] <= 0
          ? ""
          : String.format(
              java.util.Locale.ROOT,
              ", in %,d bulk requests (%,.0f documents each, %.1f s in Elasticsearch)",
              stats[0],
              (double) documents / stats[0],
              stats[1] / 1000.0);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
