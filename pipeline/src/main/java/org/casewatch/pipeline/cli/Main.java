package org.casewatch.pipeline.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code casewatch} command: the entry point of the launcher script.
 *
 * <p>Exit codes: {@code 0} success, {@code 1} the command failed (the message says why), {@code 2}
 * the command line was wrong.
 */
@Command(
    name = "casewatch",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Follows allegation cases across news and social media over time.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      SourcesCommand.class,
      SearchCommand.class,
      CasesCommand.class,
      CaseCommand.class,
      ServeCommand.class,
      TrendsCommand.class,
      ExportCommand.class,
      ExtractCommand.class,
      AnnotateCommand.class,
      BenchCommand.class,
      EsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code; for tests. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** The configured picocli command line. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          err.println("casewatch: " + Messages.describe(e));
          if (Boolean.getBoolean("casewatch.debug")) {
            e.printStackTrace(err);
          }
          err.flush();
          return 1;
        });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"casewatch " + (v == null ? "(development build)" : v)};
    }
  }
}
