package org.casewatch.pipeline.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.pipeline.status.SilenceRule;
import org.casewatch.pipeline.status.SourceStatus;
import org.casewatch.pipeline.status.SourceStatusReport;
import org.casewatch.pipeline.status.SourceStatusStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code casewatch sources}: what the monitoring job knows about its sources.
 *
 * <p>{@code casewatch sources status [--json]} lists every feed and social query the job has
 * polled, from the {@code casewatch-sources} index that the running job keeps up to date after each
 * poll: the last successful poll, how many new items it has seen, failed polls by kind, and whether
 * it has gone silent (see {@link SilenceRule}); and for each archive file being read for backfill,
 * its state ({@code running}, {@code partial}, {@code done}, {@code failed}), records read and
 * bytes read of its size. It works while the job runs and after it stops.
 */
@Command(
    name = "sources",
    description = "What the monitoring job knows about its sources.",
    subcommands = {SourcesCommand.Status.class, CommandLine.HelpCommand.class})
final class SourcesCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code casewatch sources status}. */
  @Command(
      name = "status",
      description =
          "Per source: last success, items seen, errors by kind, and whether it has gone silent.")
  static final class Status implements Callable<Integer> {

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Mixin ElasticsearchOptions elasticsearch;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      // Progress lines about starting the managed node must not spoil the JSON on stdout.
      PrintWriter progress = json ? spec.commandLine().getErr() : out;
      ElasticsearchConnection connection = elasticsearch.connect(progress);
      List<SourceStatus> statuses;
      try (ElasticsearchClient client = ElasticsearchClients.create(connection)) {
        statuses = new SourceStatusStore(client).all();
      }
      Instant now = Instant.now();
      if (json) {
        List<Map<String, Object>> docs = new ArrayList<>();
        statuses.forEach(s -> docs.add(SourceStatusReport.json(s, now)));
        out.println(
            ElasticsearchClients.objectMapper()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(docs));
      } else if (statuses.isEmpty()) {
        out.println();
        out.println("No source has been polled yet: start the job with ./casewatch run.");
      } else {
        out.println();
        SourceStatusReport.table(statuses, now, TerminalText::safe).forEach(out::println);
        List<String> archives = SourceStatusReport.archives(statuses, TerminalText::safe);
        if (!archives.isEmpty()) {
          out.println();
          archives.forEach(out::println);
        }
        long silent = statuses.stream().filter(s -> SilenceRule.judge(s, now).silent()).count();
        out.println();
        out.println(
            statuses.size()
                + " source"
                + (statuses.size() == 1 ? "" : "s")
                + ", "
                + silent
                + " silent (no new items for longer than max(3 x usual gap, 2 x poll interval)).");
      }
      out.flush();
      return 0;
    }
  }
}
