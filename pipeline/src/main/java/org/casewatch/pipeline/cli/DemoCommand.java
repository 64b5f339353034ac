package org.casewatch.pipeline.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.mapping.IndexSetup;
import org.casewatch.index.query.DocumentSearch;
import org.casewatch.index.query.EntityCount;
import org.casewatch.ingest.feed.FeedParser;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.EntityType;
import org.casewatch.pipeline.demo.DemoSite;
import org.casewatch.pipeline.job.CasewatchJob;
import org.casewatch.pipeline.job.JobConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code casewatch demo}: runs the whole pipeline over the bundled sample and shows the result.
 *
 * <p>It starts (or reuses) the managed Elasticsearch, serves the sample news site on a loopback
 * port, runs the Flink job over the site's feed until the feed is drained, printing progress as
 * documents land, then prints the counts, the most mentioned entities, the dead letters and the
 * commands to try next. Running it again rewrites the same documents under the same ids.
 */
@Command(
    name = "demo",
    description =
        "Run the pipeline over the bundled sample news site (fictional) and show the results.")
final class DemoCommand implements Callable<Integer> {

  /** Default limit on the whole run: **20 minutes**. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(20);

  @Mixin ElasticsearchOptions elasticsearch;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description = "Give up after this long (ISO-8601, default ${DEFAULT-VALUE}).",
      defaultValue = "PT20M")
  Duration timeout;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path home = elasticsearch.home();
    out.println("casewatch demo: data directory " + home);
    ElasticsearchConnection connection = elasticsearch.connect(out);
    try (ElasticsearchClient client = ElasticsearchClients.create(connection);
        DemoSite site = DemoSite.start()) {
      new IndexSetup(client).ensureAll();
      int feedItems = new FeedParser().parse(site.feedUrl(), site.feedBytes(), null).items().size();
      out.printf(
          Locale.ROOT,
          "Serving the sample news site at %s (%d feed items; all people in it are fictional)%n",
          site.baseUrl(),
          feedItems);
      JobConfig config =
          JobConfig.builder()
              .feed(site.feedUrl())
              .bounded(true)
              .fetch(FetchConfig.builder().allowAddress("127.0.0.1:" + site.port()).build())
              .elasticsearch(connection)
              .checkpointDirectory(home.resolve("checkpoints").resolve("demo"))
              .build();
      out.println(
          "Running the Flink job: fetch, extract, annotate with CoreNLP (loading its models takes"
              + " about half a minute), index...");
      out.flush();
      Instant started = Instant.now();
      JobClient job = CasewatchJob.start(config);
      DemoProgress progress = new DemoProgress(client, started, feedItems);
      waitFor(job, progress, out);
      out.printf(
          Locale.ROOT, "Done in %d s.%n%n", Duration.between(started, Instant.now()).toSeconds());
      summarise(client, progress, out);
      return 0;
    }
  }

  private void waitFor(JobClient job, DemoProgress progress, PrintWriter out) throws Exception {
    CompletableFuture<JobExecutionResult> result = job.getJobExecutionResult();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "";
    long lastPrinted = 0;
    while (true) {
      try {
        result.get(2, TimeUnit.SECONDS);
        break;
      } catch (TimeoutException e) {
        String line = progress.line();
        String counts = line.substring(line.indexOf(']') + 1);
        long now = System.nanoTime();
        if (!counts.equals(last) || now - lastPrinted > TimeUnit.SECONDS.toNanos(15)) {
          out.println("  " + line);
          out.flush();
          last = counts;
          lastPrinted = now;
        }
        if (now > deadline) {
          job.cancel();
          throw new IllegalStateException(
              "the demo did not finish within " + timeout + "; the job was cancelled", e);
        }
      } catch (ExecutionException e) {
        throw new IllegalStateException("the Flink job failed", e.getCause());
      }
    }
    out.println("  " + progress.line());
  }

  private static void summarise(ElasticsearchClient client, DemoProgress progress, PrintWriter out)
      throws IOException {
    client.indices().refresh(r -> r.index("casewatch-*"));
    DocumentSearch search = new DocumentSearch(client);
    out.printf(Locale.ROOT, "Documents indexed in this run:  %d%n", progress.documents());
    out.printf(Locale.ROOT, "  with entities:                %d%n", progress.withEntities());
    out.printf(Locale.ROOT, "  with sentiment:               %d%n", progress.withSentiment());
    out.printf(Locale.ROOT, "Dead letters in this run:       %d%n", progress.deadLetters());
    out.printf(Locale.ROOT, "Documents in the index:         %d%n", search.count());
    out.printf(Locale.ROOT, "Allegation claims in the index: %d%n", progress.claims());
    out.printf(Locale.ROOT, "Case events in the index:       %d%n", progress.events());
    Map<EntityType, List<EntityCount>> top = search.topEntities(5);
    for (EntityType type : EntityType.values()) {
      List<EntityCount> counts = top.getOrDefault(type, List.of());
      if (!counts.isEmpty()) {
        out.printf(Locale.ROOT, "Most mentioned %s:%n", label(type));
        for (EntityCount c : counts) {
          out.printf(
              Locale.ROOT,
              "  %-32s %d document%s%n",
              TerminalText.safe(c.name(), 32),
              c.documents(),
              c.documents() == 1 ? "" : "s");
        }
      }
    }
    List<DeadLetter> dead = search.deadLetters(5);
    if (!dead.isEmpty()) {
      out.println("Recent dead letters (kept, with the reason):");
      for (DeadLetter d : dead) {
        out.printf(
            Locale.ROOT,
            "  [%s %s] %s%n    %s%n",
            d.stage(),
            d.errorType(),
            TerminalText.safe(d.sourceUrl(), 100),
            TerminalText.safe(d.reason(), 120));
      }
    }
    out.println();
    out.println("Try next:");
    out.println("  ./casewatch search \"defamation lawsuit\"");
    out.println("  ./casewatch search \"Vellacott\"");
    out.println("  ./casewatch es status        (Elasticsearch keeps running for searches)");
    out.println("  ./casewatch es stop");
    out.flush();
  }

  private static String label(EntityType type) {
    return switch (type) {
      case PERSON -> "people";
      case ORGANIZATION -> "organisations";
      case LOCATION -> "places";
    };
  }
}
