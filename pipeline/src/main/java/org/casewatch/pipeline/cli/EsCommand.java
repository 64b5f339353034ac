package org.casewatch.pipeline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.es.ManagedElasticsearch;
import org.casewatch.index.es.NodeStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code casewatch es start|stop|status}: the managed Elasticsearch node. */
@Command(
    name = "es",
    description = "Start, stop or inspect the managed Elasticsearch node.",
    subcommands = {EsCommand.Start.class, EsCommand.Stop.class, EsCommand.Status.class})
final class EsCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: start, stop or status");
  }

  /** Starts the node, or reuses the running one. */
  @Command(name = "start", description = "Start the node (or reuse the running one).")
  static final class Start implements Callable<Integer> {
    @Mixin HomeOption home;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      ElasticsearchOptions options = home.options();
      ElasticsearchConnection connection = options.connect(out);
      out.println("User: casewatch; the password is in " + options.managed().directory() + ".");
      out.println("Stop it with: ./casewatch es stop");
      out.flush();
      return connection == null ? 1 : 0;
    }
  }

  /** Stops the node; its data is kept. */
  @Command(name = "stop", description = "Stop the node; its data is kept.")
  static final class Stop implements Callable<Integer> {
    @Mixin HomeOption home;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      ManagedElasticsearch node = home.options().managed();
      out.println(node.stop() ? "Elasticsearch stopped." : "Elasticsearch was not running.");
      out.flush();
      return 0;
    }
  }

  /** Shows whether the node runs, where, and its health. */
  @Command(name = "status", description = "Show whether the node runs, where, and its health.")
  static final class Status implements Callable<Integer> {
    @Mixin HomeOption home;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      NodeStatus status = home.options().managed().status();
      out.println(status.describe());
      out.flush();
      return status.running() ? 0 : 3;
    }
  }

  /** Just the data directory option, for the node commands. */
  static final class HomeOption {
    @CommandLine.Option(
        names = "--home",
        paramLabel = "DIR",
        description =
            "Data directory (default: $CASEWATCH_HOME, else ~/.casewatch, or /var/lib/casewatch"
                + " as root).")
    java.nio.file.Path home;

    ElasticsearchOptions options() {
      ElasticsearchOptions options = new ElasticsearchOptions();
      options.home = home;
      return options;
    }
  }
}
