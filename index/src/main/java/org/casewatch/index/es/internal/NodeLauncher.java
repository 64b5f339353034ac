package org.casewatch.index.es.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.casewatch.index.es.ManagedElasticsearchException;
import org.casewatch.index.es.NodeStartException;
import org.casewatch.index.es.PortInUseException;
import org.casewatch.index.es.internal.UnixUsers.UnixUser;

/**
 * Starts the node detached with the distribution's own {@code -d -p <pidfile>} option, so that it
 * outlives the JVM that started it. The launcher returns once the node has started or failed; its
 * console output goes to {@link NodeLayout#consoleLog()}. When casewatch runs as root the node is
 * started through {@code setpriv} as an unprivileged user, because Elasticsearch refuses root.
 */
public final class NodeLauncher {

  private NodeLauncher() {}

  /** The command that starts the node, dropping privileges to {@code runAs} if present. */
  public static List<String> command(
      Path distribution, NodeLayout layout, Optional<UnixUser> runAs) {
    List<String> command = new ArrayList<>();
    runAs.ifPresent(
        user ->
            command.addAll(
                List.of(
                    "setpriv",
                    "--reuid=" + user.uid(),
                    "--regid=" + user.gid(),
                    "--clear-groups")));
    command.add(distribution.resolve("bin/elasticsearch").toString());
    command.addAll(List.of("-d", "-p", layout.pidFile().toString()));
    return command;
  }

  /**
   * Launches the node and waits for the launcher to return.
   *
   * @return the pid of the node's server process
   * @throws PortInUseException when the output says the port was taken
   * @throws NodeStartException when the node failed or the launcher did not return in time
   */
  public static long launch(
      Path distribution,
      NodeLayout layout,
      Optional<UnixUser> runAs,
      String javaHome,
      Duration timeout,
      int port)
      throws IOException {
    Files.deleteIfExists(layout.pidFile());
    ProcessBuilder builder =
        new ProcessBuilder(command(distribution, layout, runAs))
            .directory(layout.root().toFile())
            .redirectErrorStream(true)
            .redirectOutput(layout.consoleLog().toFile())
            .redirectInput(new File("/dev/null"));
    builder.environment().remove("ES_JAVA_OPTS");
    builder.environment().put("ES_PATH_CONF", layout.config().toString());
    builder.environment().put("ES_JAVA_HOME", javaHome);
    builder.environment().put("ES_TMPDIR", layout.tmp().toString());
    Process launcher = builder.start();
    boolean returned;
    try {
      returned = launcher.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      killTree(launcher);
      throw new ManagedElasticsearchException("interrupted while Elasticsearch was starting", e);
    }
    if (!returned) {
      killTree(launcher);
      throw failure(
          "Elasticsearch did not start within " + timeout.toSeconds() + " s", layout, port);
    }
    if (launcher.exitValue() != 0) {
      throw failure(
          "Elasticsearch failed to start (launcher exit code " + launcher.exitValue() + ")",
          layout,
          port);
    }
    if (!Files.isRegularFile(layout.pidFile())) {
      throw failure("Elasticsearch started but wrote no pid file", layout, port);
    }
    return Long.parseLong(Files.readString(layout.pidFile()).strip());
  }

  /** The failure to report for a start that went wrong, reading the node's output. */
  public static ManagedElasticsearchException failure(String reason, NodeLayout layout, int port) {
    String tail = LogTail.of(layout.consoleLog(), layout.serverLog());
    if (LogTail.mentionsBindFailure(tail)) {
      return new PortInUseException(port, "Elasticsearch reported a bind failure:\n" + tail);
    }
    return new NodeStartException(reason, tail);
  }

  private static void killTree(Process launcher) {
    launcher.descendants().forEach(ProcessHandle::destroyForcibly);
    launcher.destroyForcibly();
  }
}
