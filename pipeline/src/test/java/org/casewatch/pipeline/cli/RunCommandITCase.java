package org.casewatch.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.casewatch.pipeline.ExternalCluster;
import org.casewatch.pipeline.demo.DemoSite;
import org.casewatch.pipeline.job.CheckpointLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The continuous monitoring job stopped mid-crawl and started again: it resumes from its last
 * checkpoint, every article ends indexed (or dead-lettered) exactly once in the index, and only
 * what was fetched after that checkpoint is fetched again.
 */
@ExtendWith(ElasticsearchExtension.class)
class RunCommandITCase {

  @TempDir Path dir;

  private record Running(RunCommand command, CompletableFuture<Integer> exit, StringWriter out) {}

  private Running start(Path sources, Path home, DemoSite site) throws java.io.IOException {
    RunCommand command = new RunCommand();
    CommandLine cli = new CommandLine(command);
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "--sources", sources.toString(),
                "--home", home.toString(),
                "--allow-address", "127.0.0.1:" + site.port()));
    args.addAll(ExternalCluster.cliArguments(dir));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> cli.execute(args.toArray(String[]::new)));
    return new Running(command, exit, out);
  }

  private static long count(ElasticsearchClient client, CasewatchIndex index) throws Exception {
    client.indices().refresh(r -> r.index(index.alias()));
    return client.count(c -> c.index(index.alias())).count();
  }

  private static void await(Duration limit, String what, BooleanSupplier condition)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
      Thread.sleep(500);
    }
  }

  private static BooleanSupplier documents(ElasticsearchClient client, long atLeast) {
    return () -> {
      try {
        return count(client, CasewatchIndex.DOCUMENTS) >= atLeast;
      } catch (Exception e) {
        return false;
      }
    };
  }

  @Test
  void resumesFromItsCheckpointAfterAStopWithNothingLost() throws Exception {
    ElasticsearchClient client = ElasticsearchExtension.client();
    ExternalCluster.resetIndices(client);
    Path home = dir.resolve("home");
    Path checkpoints = home.resolve("checkpoints").resolve("run");

    try (DemoSite site = DemoSite.start()) {
      Path sources = dir.resolve("sources.yaml");
      Files.writeString(
          sources, "feeds:\n  - url: " + site.feedUrl() + "\n    poll_interval: 1h\n");

      Running first = start(sources, home, site);
      await(Duration.ofMinutes(6), "the first documents", documents(client, 4));
      Instant afterFirstDocuments = Instant.now();
      await(
          Duration.ofMinutes(2),
          "a checkpoint after the first documents",
          () ->
              CheckpointLocator.latest(checkpoints)
                  .map(p -> p.resolve("_metadata").toFile().lastModified())
                  .filter(t -> t > afterFirstDocuments.toEpochMilli())
                  .isPresent());
      first.command().stopRequest.complete(null);
      assertThat(first.exit().get()).as(first.out().toString()).isZero();
      assertThat(first.out().toString())
          .contains("Following 1 feed and 0 social queries", "Starting fresh", "Stopped;");
      long indexedBeforeStop = count(client, CasewatchIndex.DOCUMENTS);
      int fetchedInFirstRun = site.articleRequests();
      assertThat(indexedBeforeStop).isLessThan(26);

      Running second = start(sources, home, site);
      await(Duration.ofMinutes(6), "all 26 articles", documents(client, 26));
      await(
          Duration.ofMinutes(1),
          "the dead letter of the broken link",
          () -> {
            try {
              return count(client, CasewatchIndex.DEAD_LETTERS) >= 1;
            } catch (Exception e) {
              return false;
            }
          });
      second.command().stopRequest.complete(null);
      assertThat(second.exit().get()).as(second.out().toString()).isZero();
      assertThat(second.out().toString()).contains("Resuming from checkpoint " + checkpoints);

      assertThat(count(client, CasewatchIndex.DOCUMENTS)).isEqualTo(26);
      assertThat(count(client, CasewatchIndex.DEAD_LETTERS)).isEqualTo(1);
      assertThat(site.requests("/news/2024/07/harbour-ferry-operator-fined.html")).isPositive();
      int refetched = site.articleRequests() - 27;
      assertThat(refetched)
          .as("only pages fetched after the restored checkpoint are fetched again")
          .isBetween(0, fetchedInFirstRun - 1);
      assertThat(site.requests("/feed.xml"))
          .as("the feed was not polled again early: its state came back from the checkpoint")
          .isLessThanOrEqualTo(2);
    }
  }
}
