package org.casewatch.index.es;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What the managed node is doing right now, as {@code casewatch es status} shows it.
 *
 * @param running whether the node's process is alive
 * @param pid the process id, when a process is known
 * @param port the HTTP port on 127.0.0.1, or {@code 0} when none was chosen yet
 * @param health {@code green}, {@code yellow} or {@code red}; {@code stopped} when no process runs;
 *     {@code unreachable} when the process runs but does not answer
 * @param version the Elasticsearch version the node reports, or the distribution's when stopped
 * @param dataDirectory where the node keeps its indices
 */
public record NodeStatus(
    boolean running,
    OptionalLong pid,
    int port,
    String health,
    String version,
    Path dataDirectory) {

  /** One line per field, for the command line. */
  public String describe() {
    return "running: "
        + (running ? "yes" : "no")
        + "\npid:     "
        + (pid.isPresent() ? Long.toString(pid.getAsLong()) : "-")
        + "\nport:    "
        + (port == 0 ? "-" : Integer.toString(port))
        + "\nhealth:  "
        + health
        + "\nversion: "
        + version
        + "\ndata:    "
        + dataDirectory;
  }
}
