package org.casewatch.index.es.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes the node's configuration directory (ES_PATH_CONF): a copy of the distribution's config on
 * first use, then on every start {@code elasticsearch.yml}, {@code roles.yml} and the heap options,
 * so that what casewatch decides is always what runs.
 */
public final class NodeFiles {

  /** The cluster name, which also names the node's main log file. */
  public static final String CLUSTER_NAME = "casewatch";

  /** The file-realm role given to the casewatch user. */
  public static final String ROLE = "casewatch_app";

  private static final String ROLES_RESOURCE = "/org/casewatch/index/es/roles.yml";

  private NodeFiles() {}

  /** Prepares the configuration directory for a start on {@code port} with {@code heapMb}. */
  public static void write(Path distribution, NodeLayout layout, int port, int heapMb)
      throws IOException {
    Path config = layout.config();
    if (!Files.exists(config.resolve("jvm.options"))) {
      copyTree(distribution.resolve("config"), config);
    }
    Files.writeString(config.resolve("elasticsearch.yml"), elasticsearchYml(layout, port));
    Files.writeString(config.resolve("roles.yml"), rolesYml());
    Path options = config.resolve("jvm.options.d");
    Files.createDirectories(options);
    Files.writeString(options.resolve("casewatch-heap.options"), heapOptions(heapMb));
  }

  /** The node settings: one loopback-only node with security on and HTTP TLS off. */
  public static String elasticsearchYml(NodeLayout layout, int port) {
    return String.format(
        Locale.ROOT,
        """
        # Written by casewatch on every start of its managed node; edits are overwritten.
        # See docs/adr/0002-elasticsearch-distribution-and-privilege-drop.md.
        cluster.name: %s
        node.name: casewatch-node
        discovery.type: single-node
        # Loopback only: nothing outside this machine can reach the node.
        network.host: 127.0.0.1
        http.host: 127.0.0.1
        http.port: %d
        path.data: %s
        path.logs: %s
        # Authentication and authorization on; the casewatch user lives in the file realm.
        xpack.security.enabled: true
        # HTTP TLS off: the node only listens on loopback. Transport TLS is not needed for one node.
        xpack.security.http.ssl.enabled: false
        xpack.security.transport.ssl.enabled: false
        # A demo node on a shared disk: do not turn indices read-only at the disk watermarks.
        cluster.routing.allocation.disk.threshold_enabled: false
        action.destructive_requires_name: true
        """,
        CLUSTER_NAME,
        port,
        yamlString(layout.data()),
        yamlString(layout.logs()));
  }

  /** The file-based roles, from the {@code roles.yml} resource. */
  public static String rolesYml() {
    try (InputStream in = NodeFiles.class.getResourceAsStream(ROLES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ROLES_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ROLES_RESOURCE, e);
    }
  }

  /** JVM options that fix the heap at {@code heapMb} megabytes. */
  public static String heapOptions(int heapMb) {
    return "# Written by casewatch: the node's heap.\n-Xms" + heapMb + "m\n-Xmx" + heapMb + "m\n";
  }

  private static String yamlString(Path path) {
    return "'" + path.toString().replace("'", "''") + "'";
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else if (!Files.exists(target)) {
          Files.copy(source, target);
        }
      }
    }
  }
}
