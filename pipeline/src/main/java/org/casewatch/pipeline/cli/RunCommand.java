package org.casewatch.pipeline.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.flink.core.execution.JobClient;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.mapping.IndexSetup;
import org.casewatch.pipeline.config.Sources;
import org.casewatch.pipeline.config.SourcesFile;
import org.casewatch.pipeline.job.CasewatchJob;
import org.casewatch.pipeline.job.CheckpointLocator;
import org.casewatch.pipeline.job.JobConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code casewatch run --sources FILE}: the monitoring job a newsroom leaves running.
 *
 * <p>It polls every source of the sources file on its schedule, forever, on the managed
 * Elasticsearch or an external cluster. Checkpoints are kept in the data directory; when the job is
 * started again after a stop or a crash it resumes from the newest one, so nothing is fetched twice
 * beyond one checkpoint interval and nothing is lost. Stop it with Ctrl-C.
 */
@Command(
    name = "run",
    description = "Run the monitoring job continuously over the sources in a sources file.")
final class RunCommand implements Callable<Integer> {

  @Option(
      names = "--sources",
      required = true,
      paramLabel = "FILE",
      description = "The sources file (YAML or JSON); see the README.")
  Path sourcesFile;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      description = "Parallelism of fetching and annotation (default ${DEFAULT-VALUE}).",
      defaultValue = "1")
  int parallelism;

  @Option(
      names = "--fresh",
      description = "Start from scratch instead of resuming from the last checkpoint.")
  boolean fresh;

  @Option(
      names = "--allow-address",
      paramLabel = "IP[:PORT]",
      description =
          "Let the crawler reach this private or loopback address (repeatable), for a local test"
              + " server; by default such addresses are refused.")
  java.util.List<String> allowAddresses = new java.util.ArrayList<>();

  @Mixin ElasticsearchOptions elasticsearch;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Sources sources = SourcesFile.read(sourcesFile);
    Path home = elasticsearch.home();
    Path checkpoints = home.resolve("checkpoints").resolve("run");
    JobConfig config =
        JobConfig.builder()
            .sources(sources)
            .bounded(false)
            .resume(!fresh)
            .parallelism(parallelism)
            .fetch(
                org.casewatch.ingest.fetch.FetchConfig.builder()
                    .allowAddresses(allowAddresses)
                    .build())
            .elasticsearch(elasticsearch.connect(out))
            .checkpointDirectory(checkpoints)
            .build();
    ElasticsearchConnection connection = config.elasticsearch();
    try (ElasticsearchClient client = ElasticsearchClients.create(connection)) {
      new IndexSetup(client).ensureAll();
    }
    out.println(summary(sources, sourcesFile));
    Optional<Path> resumeFrom = fresh ? Optional.empty() : CheckpointLocator.latest(checkpoints);
    out.println(
        resumeFrom
            .map(p -> "Resuming from checkpoint " + p)
            .orElse("Starting fresh (checkpoints go to " + checkpoints + ")"));
    out.println("Running; stop with Ctrl-C. Search meanwhile with ./casewatch search ...");
    out.flush();
    JobClient job = CasewatchJob.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              job.cancel().join();
              stopped.countDown();
            },
            "casewatch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      CompletableFuture<?> result = job.getJobExecutionResult();
      CompletableFuture.anyOf(result, stopRequest).join();
      if (stopRequest.isDone() && !result.isDone()) {
        job.cancel().join();
        out.println("Stopped; the next run resumes from the last checkpoint.");
        out.flush();
      }
      return 0;
    } finally {
      if (stopped.getCount() > 0) {
        Runtime.getRuntime().removeShutdownHook(hook);
      }
    }
  }

  /**
   * The startup line naming what the job follows: feeds, social queries and sitemaps (polled on
   * their schedules) and archive files (read once), such as {@code Following 2 feeds and 1 social
   * query, 1 sitemap, and backfilling from 0 archive files, from sources.yaml}.
   */
  static String summary(Sources sources, Path sourcesFile) {
    return String.format(
        java.util.Locale.ROOT,
        "Following %s and %s, %s, and backfilling from %s, from %s",
        count(sources.feeds().size(), "feed", "feeds"),
        count(sources.social().size(), "social query", "social queries"),
        count(sources.sitemaps().size(), "sitemap", "sitemaps"),
        count(sources.archives().size(), "archive file", "archive files"),
        sourcesFile);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** Completed to stop the job as Ctrl-C would; for tests, which cannot send a signal. */
  CompletableFuture<Void> stopRequest = new CompletableFuture<>();
}
