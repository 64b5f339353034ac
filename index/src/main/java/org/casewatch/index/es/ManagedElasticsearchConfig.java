package org.casewatch.index.es;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.casewatch.index.CasewatchHome;

/**
 * How to run the managed Elasticsearch node: where its files live, which port and heap it gets,
 * which user runs it when casewatch is root, and how long to wait for it.
 *
 * <p>Immutable and serializable. Defaults: home from {@link CasewatchHome#resolve()}; distribution
 * found by the usual lookup (see {@link ManagedElasticsearch}); port <b>0</b> (choose a free port
 * once and keep it); heap <b>1024 MB</b>; user <b>{@code nobody}</b> (or {@value #USER_ENV}); start
 * timeout <b>300 seconds</b>; stop timeout <b>30 seconds</b>.
 *
 * <pre>{@code
 * ManagedElasticsearchConfig config =
 *     ManagedElasticsearchConfig.builder().home(Path.of("/var/lib/casewatch")).port(9200).build();
 * }</pre>
 */
public final class ManagedElasticsearchConfig implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The default HTTP port: <b>0</b>, choose a free port on first start and remember it. */
  public static final int DEFAULT_PORT = 0;

  /** The default heap: <b>1024 MB</b>, so a whole demo stays under 6 GB of memory. */
  public static final int DEFAULT_HEAP_MB = 1024;

  /** The smallest heap accepted: <b>256 MB</b>. */
  public static final int MIN_HEAP_MB = 256;

  /** The default user that runs Elasticsearch when casewatch runs as root: <b>nobody</b>. */
  public static final String DEFAULT_USER = "nobody";

  /** The environment variable that overrides {@link #DEFAULT_USER}. */
  public static final String USER_ENV = "CASEWATCH_ES_USER";

  /**
   * How long to wait for a starting node to become healthy: <b>300 seconds</b>, generous because a
   * first start on a busy two-core machine has taken 90 s.
   */
  public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(300);

  /** How long to wait after SIGTERM before killing the node: <b>30 seconds</b>. */
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);

  private final String home;
  private final String distribution;
  private final int port;
  private final int heapMb;
  private final String user;
  private final Duration startTimeout;
  private final Duration stopTimeout;

  private ManagedElasticsearchConfig(Builder b) {
    this.home = b.home.toAbsolutePath().normalize().toString();
    this.distribution = b.distribution == null ? null : b.distribution.toString();
    this.port = b.port;
    this.heapMb = b.heapMb;
    this.user = b.user;
    this.startTimeout = b.startTimeout;
    this.stopTimeout = b.stopTimeout;
  }

  /** A builder with every default set. */
  public static Builder builder() {
    return new Builder();
  }

  /** casewatch's home directory; the node's files are under {@code <home>/elasticsearch}. */
  public Path home() {
    return Path.of(home);
  }

  /** The distribution zip given explicitly, if any. */
  public Optional<Path> distribution() {
    return Optional.ofNullable(distribution).map(Path::of);
  }

  /** The HTTP port on 127.0.0.1; {@code 0} means choose one and remember it. */
  public int port() {
    return port;
  }

  /** The node's heap in megabytes. */
  public int heapMb() {
    return heapMb;
  }

  /** The user that runs the node when casewatch runs as root. */
  public String user() {
    return user;
  }

  /** How long a start may take until the node is healthy. */
  public Duration startTimeout() {
    return startTimeout;
  }

  /** How long to wait after SIGTERM before the node is killed. */
  public Duration stopTimeout() {
    return stopTimeout;
  }

  @Override
  public String toString() {
    return "ManagedElasticsearchConfig[home="
        + home
        + ", distribution="
        + distribution
        + ", port="
        + port
        + ", heapMb="
        + heapMb
        + ", user="
        + user
        + ", startTimeout="
        + startTimeout
        + ", stopTimeout="
        + stopTimeout
        + "]";
  }

  /** Collects and validates the settings; not thread-safe. */
  public static final class Builder {
    private Path home;
    private Path distribution;
    private int port = DEFAULT_PORT;
    private int heapMb = DEFAULT_HEAP_MB;
    private String user;
    private Duration startTimeout = DEFAULT_START_TIMEOUT;
    private Duration stopTimeout = DEFAULT_STOP_TIMEOUT;

    private Builder() {}

    /** casewatch's home directory; default {@link CasewatchHome#resolve()}. */
    public Builder home(Path home) {
      this.home = Objects.requireNonNull(home, "home");
      return this;
    }

    /** The distribution zip to unpack, overriding the lookup. */
    public Builder distribution(Path distribution) {
      this.distribution = distribution;
      return this;
    }

    /** The HTTP port on 127.0.0.1, 1-65535, or 0 to choose a free one; default <b>0</b>. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The heap in megabytes, at least <b>256</b>; default <b>1024</b>. */
    public Builder heapMb(int heapMb) {
      this.heapMb = heapMb;
      return this;
    }

    /** The user that runs the node when casewatch is root; default <b>nobody</b>. */
    public Builder user(String user) {
      this.user = user;
      return this;
    }

    /** How long a start may take; default <b>300 seconds</b>. */
    public Builder startTimeout(Duration startTimeout) {
      this.startTimeout = startTimeout;
      return this;
    }

    /** How long to wait after SIGTERM; default <b>30 seconds</b>. */
    public Builder stopTimeout(Duration stopTimeout) {
      this.stopTimeout = stopTimeout;
      return this;
    }

    /**
     * The validated configuration.
     *
     * @throws IllegalArgumentException when a value is out of range
     */
    public ManagedElasticsearchConfig build() {
      if (home == null) {
        home = CasewatchHome.resolve();
      }
      if (user == null) {
        String fromEnv = System.getenv(USER_ENV);
        user = fromEnv == null || fromEnv.isBlank() ? DEFAULT_USER : fromEnv.strip();
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 (choose) or 1-65535, was " + port);
      }
      if (heapMb < MIN_HEAP_MB) {
        throw new IllegalArgumentException(
            "heapMb must be at least " + MIN_HEAP_MB + ", was " + heapMb);
      }
      if (user.isBlank() || !user.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
        throw new IllegalArgumentException("user must be a plain user name, was '" + user + "'");
      }
      requirePositive(startTimeout, "startTimeout");
      requirePositive(stopTimeout, "stopTimeout");
      return new ManagedElasticsearchConfig(this);
    }

    private static void requirePositive(Duration duration, String name) {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + duration);
      }
    }
  }
}
