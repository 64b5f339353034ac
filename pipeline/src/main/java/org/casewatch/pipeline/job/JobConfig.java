package org.casewatch.pipeline.job;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.nlp.NlpConfig;

/**
 * The immutable configuration of one run of the casewatch job.
 *
 * <p>Build it with {@link #builder()}; {@link Builder#build()} checks that the values make sense
 * and names the first one that does not. The configuration is serializable and holds no clients:
 * HTTP, CoreNLP and Elasticsearch clients are built on the task from it.
 *
 * <pre>{@code
 * JobConfig config = JobConfig.builder()
 *     .feed("https://news.example/feed.xml")
 *     .bounded(true)
 *     .elasticsearch(connection)
 *     .checkpointDirectory(home.resolve("checkpoints"))
 *     .build();
 * }</pre>
 *
 * @param feeds the RSS or Atom feed URLs to poll
 * @param bounded true to poll every feed once and stop when drained (the demo), false to keep
 *     polling
 * @param pollInterval how often a continuous job polls each feed
 * @param fetch the outbound HTTP gateway's configuration
 * @param nlp the annotator's configuration
 * @param elasticsearch where to index
 * @param checkpointDirectory where Flink keeps checkpoints: an absolute path, kept as a string so
 *     that the configuration serializes
 * @param checkpointInterval how often Flink checkpoints
 * @param parallelism the parallelism of the fetch and annotate steps
 */
public record JobConfig(
    List<String> feeds,
    boolean bounded,
    Duration pollInterval,
    FetchConfig fetch,
    NlpConfig nlp,
    ElasticsearchConnection elasticsearch,
    String checkpointDirectory,
    Duration checkpointInterval,
    int parallelism)
    implements Serializable {

  /** Default interval between polls of one feed in a continuous job: **5 minutes**. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(5);

  /** Default checkpoint interval: **10 seconds**. */
  public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(10);

  /** Default parallelism: **1**, since one CoreNLP pipeline needs about 2 GB of heap. */
  public static final int DEFAULT_PARALLELISM = 1;

  public JobConfig {
    feeds = List.copyOf(feeds);
  }

  /** The checkpoint directory as a path. */
  public Path checkpointPath() {
    return Path.of(checkpointDirectory);
  }

  /** A new builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Validating builder for {@link JobConfig}. Not thread-safe. */
  public static final class Builder {
    private final List<String> feeds = new ArrayList<>();
    private boolean bounded;
    private Duration pollInterval = DEFAULT_POLL_INTERVAL;
    private FetchConfig fetch;
    private NlpConfig nlp;
    private ElasticsearchConnection elasticsearch;
    private Path checkpointDirectory;
    private Duration checkpointInterval = DEFAULT_CHECKPOINT_INTERVAL;
    private int parallelism = DEFAULT_PARALLELISM;

    private Builder() {}

    /** Adds a feed URL. */
    public Builder feed(String url) {
      feeds.add(url);
      return this;
    }

    /** Whether to stop once every feed has been polled once and drained. */
    public Builder bounded(boolean bounded) {
      this.bounded = bounded;
      return this;
    }

    /** The interval between polls of a feed in a continuous job. */
    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval = pollInterval;
      return this;
    }

    /** The HTTP gateway's configuration; defaults to {@code FetchConfig.builder().build()}. */
    public Builder fetch(FetchConfig fetch) {
      this.fetch = fetch;
      return this;
    }

    /** The annotator's configuration; defaults to {@code NlpConfig.builder().build()}. */
    public Builder nlp(NlpConfig nlp) {
      this.nlp = nlp;
      return this;
    }

    /** The Elasticsearch to index into. Required. */
    public Builder elasticsearch(ElasticsearchConnection elasticsearch) {
      this.elasticsearch = elasticsearch;
      return this;
    }

    /** The directory for checkpoints. Required. */
    public Builder checkpointDirectory(Path checkpointDirectory) {
      this.checkpointDirectory = checkpointDirectory;
      return this;
    }

    /** How often to checkpoint. */
    public Builder checkpointInterval(Duration checkpointInterval) {
      this.checkpointInterval = checkpointInterval;
      return this;
    }

    /** The parallelism of the fetch and annotate steps. */
    public Builder parallelism(int parallelism) {
      this.parallelism = parallelism;
      return this;
    }

    /**
     * Checks the values and builds the configuration.
     *
     * @throws IllegalArgumentException naming the first value that is missing or out of range
     */
    public JobConfig build() {
      if (feeds.isEmpty()) {
        throw new IllegalArgumentException("at least one feed URL is required");
      }
      for (String feed : feeds) {
        if (feed == null || !(feed.startsWith("http://") || feed.startsWith("https://"))) {
          throw new IllegalArgumentException("feed URL must be http or https: " + feed);
        }
      }
      requirePositive("pollInterval", pollInterval);
      requirePositive("checkpointInterval", checkpointInterval);
      Objects.requireNonNull(elasticsearch, "elasticsearch connection is required");
      Objects.requireNonNull(checkpointDirectory, "checkpointDirectory is required");
      if (parallelism < 1 || parallelism > 64) {
        throw new IllegalArgumentException("parallelism must be in [1, 64], was " + parallelism);
      }
      return new JobConfig(
          feeds,
          bounded,
          pollInterval,
          fetch == null ? FetchConfig.builder().build() : fetch,
          nlp == null ? NlpConfig.builder().build() : nlp,
          elasticsearch,
          checkpointDirectory.toAbsolutePath().normalize().toString(),
          checkpointInterval,
          parallelism);
    }

    private static void requirePositive(String name, Duration value) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
    }
  }
}
