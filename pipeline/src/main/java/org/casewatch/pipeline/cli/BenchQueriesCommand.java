package org.casewatch.pipeline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.sink.BulkLimits;
import org.casewatch.pipeline.bench.BenchReport;
import org.casewatch.pipeline.bench.BenchScale;
import org.casewatch.pipeline.bench.QueriesBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code casewatch bench queries}: generates a realistic corpus of documents, claims, events and
 * cases into {@code casewatch-bench-*} indices, compares the sink's ingest rate with a plain {@code
 * _bulk} loop in the same run, and reports p50/p95 latency per query kind against the issue's
 * targets. The user's indices are never touched; the benchmark's are deleted at the end unless
 * {@code --keep}.
 *
 * <p>The body vocabulary comes from the BBC News corpus in the shared data folder ({@code
 * --shared-data}, else {@code -Dcasewatch.shared.data}, else {@code ../shared/data}) when present,
 * else from a built-in list.
 */
@Command(
    name = "queries",
    mixinStandardHelpOptions = true,
    description =
        "Benchmark ingest (sink vs plain _bulk) and query latency on a generated corpus in"
            + " casewatch-bench-* indices.")
public final class BenchQueriesCommand implements Callable<Integer> {

  @Option(
      names = "--docs",
      paramLabel = "N",
      description = "Documents to generate (default ${DEFAULT-VALUE}).",
      defaultValue = "1000000")
  long documents;

  @Option(
      names = "--claims",
      paramLabel = "N",
      description =
          "Claims, one per claim-bearing document, each with one event (default ${DEFAULT-VALUE}).",
      defaultValue = "100000")
  int claims;

  @Option(
      names = "--cases",
      paramLabel = "N",
      description = "Cases the claims belong to (default ${DEFAULT-VALUE}).",
      defaultValue = "5000")
  int cases;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the generator and the query mix (default ${DEFAULT-VALUE}).",
      defaultValue = "20171015")
  long seed;

  @Option(
      names = "--ingest-docs",
      paramLabel = "N",
      description =
          "Documents each ingest path writes in the comparison (default ${DEFAULT-VALUE}).",
      defaultValue = "200000")
  long ingestDocuments;

  @Option(
      names = "--queries",
      paramLabel = "N",
      description = "Timed queries per kind (default ${DEFAULT-VALUE}).",
      defaultValue = "200")
  int queries;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      description = "Untimed warm-up queries per kind (default ${DEFAULT-VALUE}).",
      defaultValue = "" + QueriesBenchmark.DEFAULT_WARMUP)
  int warmup;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      description = "Documents per bulk request, for both ingest paths (default ${DEFAULT-VALUE}).",
      defaultValue = "" + BulkLimits.DEFAULT_MAX_ACTIONS)
  int batchSize;

  @Option(
      names = "--load-threads",
      paramLabel = "N",
      description =
          "Concurrent writers for the loads that are not compared: the rest of the documents,"
              + " claims, events, cases (default ${DEFAULT-VALUE}).",
      defaultValue = "2")
  int loadThreads;

  @Option(names = "--keep", description = "Keep the casewatch-bench-* indices afterwards.")
  boolean keep;

  @Option(
      names = "--reuse",
      description =
          "Only time the queries, on the indices an earlier --keep run of the same --docs,"
              + " --claims, --cases and --seed left (no ingest comparison).")
  boolean reuse;

  @Mixin BenchCommand.SharedDataOption shared;

  @Mixin ElasticsearchOptions elasticsearch;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    BenchScale scale;
    QueriesBenchmark.Options options;
    try {
      scale = new BenchScale(documents, claims, cases, seed);
      options =
          new QueriesBenchmark.Options(
              scale,
              ingestDocuments,
              warmup,
              queries,
              batchSize,
              loadThreads,
              keep || reuse,
              shared.resolve(),
              reuse);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    ElasticsearchConnection connection = elasticsearch.connect(out);
    BenchReport report = new QueriesBenchmark(connection, options, out).run();
    report.print(out);
    return 0;
  }
}
