package org.casewatch.index.es.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the managed node's files live, all under {@code <casewatch home>/elasticsearch}.
 *
 * @param root the node's directory
 */
public record NodeLayout(Path root) {

  /** The layout under casewatch's home directory. */
  public static NodeLayout under(Path casewatchHome) {
    return new NodeLayout(casewatchHome.toAbsolutePath().normalize().resolve("elasticsearch"));
  }

  /** Where distributions are unpacked, one directory per version. */
  public Path distributions() {
    return root.resolve("distribution");
  }

  /** The unpacked distribution of a version. */
  public Path distribution(String version) {
    return distributions().resolve("elasticsearch-" + version);
  }

  /** ES_PATH_CONF: the node's configuration, copied from the distribution on first start. */
  public Path config() {
    return root.resolve("config");
  }

  /** path.data. */
  public Path data() {
    return root.resolve("data");
  }

  /** path.logs. */
  public Path logs() {
    return root.resolve("logs");
  }

  /** ES_TMPDIR. */
  public Path tmp() {
    return root.resolve("tmp");
  }

  /** Where the node writes its pid file. */
  public Path run() {
    return root.resolve("run");
  }

  /** The pid file the node writes when daemonized. */
  public Path pidFile() {
    return run().resolve("elasticsearch.pid");
  }

  /** The launcher's console output of the last start. */
  public Path consoleLog() {
    return logs().resolve("console.log");
  }

  /** The node's main log (named after the cluster). */
  public Path serverLog() {
    return logs().resolve(NodeFiles.CLUSTER_NAME + ".log");
  }

  /** pid, port and version of the node, kept across starts. */
  public Path stateFile() {
    return root.resolve("state.properties");
  }

  /** The generated password of the casewatch user, readable by its owner only. */
  public Path passwordFile() {
    return root.resolve("casewatch.password");
  }

  /** The directories the Elasticsearch process must own. */
  public List<Path> ownedByNode() {
    return List.of(distributions(), config(), data(), logs(), tmp(), run());
  }
}
