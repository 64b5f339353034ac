package org.casewatch.index.es.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What casewatch remembers about its node between runs: the pid of the running process ({@code 0}
 * when stopped), the HTTP port it was given and the version it reported.
 *
 * @param pid the process id, or 0
 * @param port the HTTP port, or 0 when none was chosen
 * @param version the Elasticsearch version
 */
public record NodeState(long pid, int port, String version) {

  /** The state in the file, if the file exists. */
  public static Optional<NodeState> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      props.load(in);
    }
    return Optional.of(
        new NodeState(
            Long.parseLong(props.getProperty("pid", "0")),
            Integer.parseInt(props.getProperty("port", "0")),
            props.getProperty("version", "")));
  }

  /** Replaces the file atomically with this state. */
  public void write(Path file) throws IOException {
    Properties props = new Properties();
    props.setProperty("pid", Long.toString(pid));
    props.setProperty("port", Integer.toString(port));
    props.setProperty("version", version);
    Path scratch = file.resolveSibling(file.getFileName() + ".tmp");
    try (Writer out = Files.newBufferedWriter(scratch)) {
      props.store(out, "casewatch managed Elasticsearch node");
    }
    Files.move(scratch, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The same node, stopped. */
  public NodeState stopped() {
    return new NodeState(0, port, version);
  }
}
