package org.casewatch.index.es;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.es.internal.DistributionInstaller;
import org.casewatch.index.es.internal.DistributionLocator;
import org.casewatch.index.es.internal.FileRealmUsers;
import org.casewatch.index.es.internal.NodeFiles;
import org.casewatch.index.es.internal.NodeLauncher;
import org.casewatch.index.es.internal.NodeLayout;
import org.casewatch.index.es.internal.NodeProbe;
import org.casewatch.index.es.internal.NodeProcess;
import org.casewatch.index.es.internal.NodeState;
import org.casewatch.index.es.internal.Ports;
import org.casewatch.index.es.internal.UnixUsers;
import org.casewatch.index.es.internal.UnixUsers.UnixUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * casewatch's own Elasticsearch {@value #VERSION} node: provisioned from the Maven distribution
 * {@code org.elasticsearch.distribution.integ-test-zip:elasticsearch:zip}, configured as one node
 * on 127.0.0.1 with security on, started detached, reused while it runs, stopped on request.
 *
 * <p><b>How a start goes.</b> If the state file names a live process that is this node and it
 * answers our credentials, it is reused. Otherwise the distribution zip is found (the configured
 * path, {@code -Dcasewatch.es.distribution}, {@code CASEWATCH_ES_DISTRIBUTION}, else the Maven
 * local repository) and unpacked once; the configuration is written into {@code
 * <home>/elasticsearch/config}; the file-realm user {@code casewatch} is created with a random
 * password kept in an owner-only file; and the node is launched with {@code -d} and polled until
 * its health is yellow or green. When the JVM runs as root, the node runs as an unprivileged user
 * (default {@code nobody}) through {@code setpriv}, and its directories are given to that user. See
 * {@code docs/adr/0002-elasticsearch-distribution-and-privilege-drop.md}.
 *
 * <pre>{@code
 * ManagedElasticsearch es = new ManagedElasticsearch(ManagedElasticsearchConfig.builder().build());
 * ElasticsearchConnection connection = es.start(); // starts, or reuses a running node
 * ...
 * es.stop(); // or leave it running for the next casewatch command
 * }</pre>
 *
 * <p>Thread-safe; several instances over one home directory in one JVM are not coordinated.
 */
public final class ManagedElasticsearch {

  /** The Elasticsearch version this class provisions. */
  public static final String VERSION = "8.19.21";

  private static final Logger LOG = LoggerFactory.getLogger(ManagedElasticsearch.class);

  private final ManagedElasticsearchConfig config;
  private final NodeLayout layout;
  private ElasticsearchConnection connection;
  private boolean reused;

  /** A node managed with this configuration; nothing happens until {@link #start()}. */
  public ManagedElasticsearch(ManagedElasticsearchConfig config) {
    this.config = config;
    this.layout = NodeLayout.under(config.home());
  }

  /**
   * Starts the node, or reuses it when it already runs, and waits until it is healthy.
   *
   * @return how to connect to the node as the casewatch user
   * @throws DistributionNotFoundException when no distribution zip is found
   * @throws PortInUseException when the configured port is taken
   * @throws DirectoryNotReachableException when the unprivileged user cannot reach the files
   * @throws NodeStartException when the node fails or is not healthy within the start timeout
   */
  public synchronized ElasticsearchConnection start() {
    try {
      Instant deadline = Instant.now().plus(config.startTimeout());
      Optional<NodeState> state = NodeState.read(layout.stateFile());
      if (state.isPresent() && isOurs(state.get().pid())) {
        return reuse(state.get(), deadline);
      }
      Path zip = DistributionLocator.locate(config.distribution(), VERSION);
      int port = choosePort(state);
      Optional<UnixUser> runAs =
          UnixUsers.isRoot() ? Optional.of(UnixUsers.lookup(config.user())) : Optional.empty();
      Files.createDirectories(layout.root());
      if (runAs.isPresent()) {
        UnixUsers.requireTraversable(layout.root(), runAs.get());
        UnixUsers.requireTraversable(javaHome(), runAs.get());
      }
      Path distribution = DistributionInstaller.install(zip, layout, VERSION);
      NodeFiles.write(distribution, layout, port, config.heapMb());
      String password = FileRealmUsers.ensureUser(distribution, layout, javaHome().toString());
      for (Path dir : layout.ownedByNode()) {
        Files.createDirectories(dir);
        if (runAs.isPresent()) {
          UnixUsers.chownRecursively(dir, runAs.get());
        }
      }
      new NodeState(0, port, VERSION).write(layout.stateFile());
      long pid =
          NodeLauncher.launch(
              distribution, layout, runAs, javaHome().toString(), remaining(deadline), port);
      new NodeState(pid, port, VERSION).write(layout.stateFile());
      NodeProbe probe = new NodeProbe(port, FileRealmUsers.USER, password);
      if (probe.awaitHealthy(remaining(deadline), () -> NodeProcess.isAlive(pid)).isEmpty()) {
        ManagedElasticsearchException failure =
            NodeLauncher.failure(
                "Elasticsearch (pid "
                    + pid
                    + ") was not healthy within "
                    + config.startTimeout().toSeconds()
                    + " s",
                layout,
                port);
        stop();
        throw failure;
      }
      String version = probe.version().orElse(VERSION);
      new NodeState(pid, port, version).write(layout.stateFile());
      LOG.info("Elasticsearch {} started on 127.0.0.1:{} (pid {})", version, port, pid);
      reused = false;
      connection = connectionTo(port, password);
      return connection;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare Elasticsearch under " + layout.root(), e);
    }
  }

  /**
   * Stops the node with SIGTERM, and kills it if it has not exited within the stop timeout. Data is
   * kept; the next {@link #start()} uses it again.
   *
   * @return whether a running node was stopped
   */
  public synchronized boolean stop() {
    try {
      Optional<NodeState> state = NodeState.read(layout.stateFile());
      long pid = state.map(NodeState::pid).orElse(0L);
      if (Files.isRegularFile(layout.pidFile())) {
        pid = Long.parseLong(Files.readString(layout.pidFile()).strip());
      }
      boolean stopped = false;
      if (isOurs(pid)) {
        NodeProcess.terminate(pid, config.stopTimeout());
        stopped = true;
      }
      if (state.isPresent()) {
        state.get().stopped().write(layout.stateFile());
      }
      Files.deleteIfExists(layout.pidFile());
      connection = null;
      return stopped;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop Elasticsearch under " + layout.root(), e);
    }
  }

  /** What the node is doing now; never starts or stops anything. */
  public NodeStatus status() {
    try {
      Optional<NodeState> state = NodeState.read(layout.stateFile());
      int port = state.map(NodeState::port).orElse(0);
      long pid = state.map(NodeState::pid).orElse(0L);
      if (!isOurs(pid)) {
        return new NodeStatus(false, OptionalLong.empty(), port, "stopped", VERSION, layout.data());
      }
      NodeProbe probe =
          new NodeProbe(port, FileRealmUsers.USER, FileRealmUsers.readPassword(layout));
      return new NodeStatus(
          true,
          OptionalLong.of(pid),
          port,
          probe.health().orElse("unreachable"),
          probe.version().orElse(state.get().version()),
          layout.data());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Elasticsearch state under " + layout.root(), e);
    }
  }

  /**
   * How to connect to the started node.
   *
   * @throws IllegalStateException before {@link #start()} or after {@link #stop()}
   */
  public synchronized ElasticsearchConnection connection() {
    if (connection == null) {
      throw new IllegalStateException("Elasticsearch is not started; call start() first");
    }
    return connection;
  }

  /** Whether the last {@link #start()} found the node already running. */
  public synchronized boolean reused() {
    return reused;
  }

  /** Where the node keeps its indices. */
  public Path dataDirectory() {
    return layout.data();
  }

  /** The node's directory, {@code <home>/elasticsearch}. */
  public Path directory() {
    return layout.root();
  }

  private ElasticsearchConnection reuse(NodeState state, Instant deadline) throws IOException {
    if (!Files.isRegularFile(layout.passwordFile())) {
      throw new NodeStartException(
          "Elasticsearch (pid "
              + state.pid()
              + ") runs but "
              + layout.passwordFile()
              + " is missing; stop it with 'casewatch es stop' and start again",
          "");
    }
    String password = FileRealmUsers.readPassword(layout);
    NodeProbe probe = new NodeProbe(state.port(), FileRealmUsers.USER, password);
    if (probe.awaitHealthy(remaining(deadline), () -> NodeProcess.isAlive(state.pid())).isEmpty()) {
      throw NodeLauncher.failure(
          "Elasticsearch (pid " + state.pid() + ") runs but is not healthy for the casewatch user",
          layout,
          state.port());
    }
    LOG.info("Reusing Elasticsearch on 127.0.0.1:{} (pid {})", state.port(), state.pid());
    reused = true;
    connection = connectionTo(state.port(), password);
    return connection;
  }

  private int choosePort(Optional<NodeState> state) {
    if (config.port() != 0) {
      if (!Ports.isFree(config.port())) {
        throw new PortInUseException(config.port(), "checked before starting the node");
      }
      return config.port();
    }
    int remembered = state.map(NodeState::port).orElse(0);
    if (remembered != 0 && Ports.isFree(remembered)) {
      return remembered;
    }
    if (remembered != 0) {
      LOG.warn("Remembered port {} is taken by another process; choosing a new one", remembered);
    }
    return Ports.chooseFree();
  }

  private boolean isOurs(long pid) throws IOException {
    return NodeProcess.runsFrom(pid, layout.distribution(VERSION));
  }

  private static Duration remaining(Instant deadline) {
    Duration left = Duration.between(Instant.now(), deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static Path javaHome() {
    return Path.of(System.getProperty("java.home"));
  }

  private static ElasticsearchConnection connectionTo(int port, String password) {
    return ElasticsearchConnection.builder()
        .url("http://127.0.0.1:" + port)
        .basicAuth(FileRealmUsers.USER, password)
        .build();
  }
}
