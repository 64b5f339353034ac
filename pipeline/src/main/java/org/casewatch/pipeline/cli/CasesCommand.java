package org.casewatch.pipeline.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.pipeline.cases.CaseConfig;
import org.casewatch.pipeline.cases.CaseRebuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code casewatch cases}: the allegation cases. {@code casewatch cases rebuild} recomputes every
 * case from the stored claims and events (see {@link CaseRebuild}).
 */
@Command(
    name = "cases",
    description =
        "List allegation cases (filters, sorts); 'rebuild' recomputes them from the stored claims"
            + " and events.",
    subcommands = {CasesCommand.Rebuild.class})
final class CasesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The list, the default action (owned by the query service's CLI, see CaseListOptions). */
  @Mixin CaseListOptions list;

  @Override
  public Integer call() throws Exception {
    return list.run(spec.commandLine().getOut());
  }

  /** Recomputes every case from the stored claims and events. */
  @Command(
      name = "rebuild",
      description =
          "Recompute every case from the stored claims and events, as the stream would; undo a"
              + " merge with --exclude-merge.")
  static final class Rebuild implements Callable<Integer> {

    @Option(
        names = "--exclude-merge",
        paramLabel = "CASE_ID",
        description =
            "Keep this case on its own instead of merged into another (the from_case of a merge;"
                + " repeatable).")
    List<String> excludedMerges = new ArrayList<>();

    @Option(
        names = "--silence-days",
        paramLabel = "DAYS",
        description =
            "Days without news before an open case is dormant (default ${DEFAULT-VALUE}).",
        defaultValue = "365")
    int silenceDays;

    @Mixin ElasticsearchOptions elasticsearch;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (silenceDays < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--silence-days must be >= 1");
      }
      Set<String> excluded = new TreeSet<>();
      for (String id : excludedMerges) {
        excluded.add(id.strip());
      }
      CaseConfig config =
          CaseConfig.defaults()
              .withSilence(Duration.ofDays(silenceDays))
              .withExcludedMerges(excluded);
      PrintWriter out = spec.commandLine().getOut();
      ElasticsearchConnection connection = elasticsearch.connect(out);
      try (ElasticsearchClient client = ElasticsearchClients.create(connection)) {
        new CaseRebuild(
                client,
                config,
                line -> {
                  out.println(TerminalText.safe(line));
                  out.flush();
                })
            .run();
        return 0;
      }
    }
  }
}
