package org.casewatch.pipeline.job;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.revisit.RevisitConfig;
import org.casewatch.ingest.social.SocialQuery;
import org.casewatch.nlp.NlpConfig;
import org.casewatch.pipeline.config.FeedSubscription;
import org.casewatch.pipeline.config.SitemapSubscription;
import org.casewatch.pipeline.config.Sources;

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
 * @param feeds the RSS or Atom feeds to poll, each with its interval
 * @param social the social-media queries to poll, each with its interval
 * @param sitemaps the sitemaps to walk, each with its interval
 * @param archives the archive files to read once, for backfill
 * @param bounded true to poll every source once and stop when drained (the demo), false to keep
 *     polling
 * @param resume true to restore from the newest checkpoint in the checkpoint directory, if any
 * @param fetch the outbound HTTP gateway's configuration
 * @param nlp the annotator's configuration
 * @param elasticsearch where to index
 * @param checkpointDirectory where Flink keeps checkpoints: an absolute path, kept as a string so
 *     that the configuration serializes
 * @param checkpointInterval how often Flink checkpoints
 * @param parallelism the parallelism of the fetch and annotate steps
 * @param revisit when fetched articles are revisited for edits and deletions
 */
public record JobConfig(
    List<FeedSubscription> feeds,
    List<SocialQuery> social,
    List<SitemapSubscription> sitemaps,
    List<ArchiveFile> archives,
    boolean bounded,
    boolean resume,
    FetchConfig fetch,
    NlpConfig nlp,
    ElasticsearchConnection elasticsearch,
    String checkpointDirectory,
    Duration checkpointInterval,
    int parallelism,
    RevisitConfig revisit)
    implements Serializable {

  /** Default interval between polls of one feed in a continuous job: **5 minutes**. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(5);

  /** Default checkpoint interval: **10 seconds**. */
  public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(10);

  /** Default parallelism: **1**, since one CoreNLP pipeline needs about 2 GB of heap. */
  public static final int DEFAULT_PARALLELISM = 1;

  public JobConfig {
    feeds = List.copyOf(feeds);
    social = List.copyOf(social);
    sitemaps = List.copyOf(sitemaps);
    archives = List.copyOf(archives);
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
    private final List<FeedSubscription> feeds = new ArrayList<>();
    private final List<SocialQuery> social = new ArrayList<>();
    private final List<SitemapSubscription> sitemaps = new ArrayList<>();
    private final List<ArchiveFile> archives = new ArrayList<>();
    private boolean bounded;
    private boolean resume;
    private FetchConfig fetch;
    private NlpConfig nlp;
    private ElasticsearchConnection elasticsearch;
    private Path checkpointDirectory;
    private Duration checkpointInterval = DEFAULT_CHECKPOINT_INTERVAL;
    private int parallelism = DEFAULT_PARALLELISM;
    private RevisitConfig revisit = RevisitConfig.defaults();

    private Builder() {}

    /**
     * Adds a feed polled every {@link #DEFAULT_POLL_INTERVAL}.
     *
     * @throws IllegalArgumentException when the URL is not http or https
     */
    public Builder feed(String url) {
      feeds.add(new FeedSubscription(url, DEFAULT_POLL_INTERVAL));
      return this;
    }

    /** Adds a feed with its own interval. */
    public Builder feed(FeedSubscription feed) {
      feeds.add(Objects.requireNonNull(feed, "feed"));
      return this;
    }

    /** Adds a social-media query. */
    public Builder social(SocialQuery query) {
      social.add(Objects.requireNonNull(query, "query"));
      return this;
    }

    /** Adds everything a sources file lists, and takes its revisit plan. */
    public Builder sources(Sources sources) {
      revisit(sources.revisit());
      sources.feeds().forEach(this::feed);
      sources.social().forEach(this::social);
      sources.sitemaps().forEach(this::sitemap);
      sources.archives().forEach(this::archive);
      return this;
    }

    /** Adds a sitemap, sitemap index or Google News sitemap with its interval. */
    public Builder sitemap(SitemapSubscription sitemap) {
      sitemaps.add(Objects.requireNonNull(sitemap, "sitemap"));
      return this;
    }

    /** Adds an archive file to read once. */
    public Builder archive(ArchiveFile archive) {
      archives.add(Objects.requireNonNull(archive, "archive"));
      return this;
    }

    /** Whether to stop once every source has been polled once and drained. */
    public Builder bounded(boolean bounded) {
      this.bounded = bounded;
      return this;
    }

    /** Whether to restore from the newest retained checkpoint of an earlier run. */
    public Builder resume(boolean resume) {
      this.resume = resume;
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

    /** When articles are revisited (default {@link RevisitConfig#defaults()}: 24 h and 7 days). */
    public Builder revisit(RevisitConfig revisit) {
      this.revisit = Objects.requireNonNull(revisit, "revisit");
      return this;
    }

    /**
     * Checks the values and builds the configuration.
     *
     * @throws IllegalArgumentException naming the first value that is missing or out of range
     */
    public JobConfig build() {
      if (feeds.isEmpty() && social.isEmpty() && sitemaps.isEmpty() && archives.isEmpty()) {
        throw new IllegalArgumentException(
            "at least one feed, sitemap, social query or archive is required");
      }
      requirePositive("checkpointInterval", checkpointInterval);
      Objects.requireNonNull(elasticsearch, "elasticsearch connection is required");
      Objects.requireNonNull(checkpointDirectory, "checkpointDirectory is required");
      if (parallelism < 1 || parallelism > 64) {
        throw new IllegalArgumentException("parallelism must be in [1, 64], was " + parallelism);
      }
      return new JobConfig(
          feeds,
          social,
          sitemaps,
          archives,
          bounded,
          resume,
          fetch == null ? FetchConfig.builder().build() : fetch,
          nlp == null ? NlpConfig.builder().build() : nlp,
          elasticsearch,
          checkpointDirectory.toAbsolutePath().normalize().toString(),
          checkpointInterval,
          parallelism,
          revisit);
    }

    private static void requirePositive(String name, Duration value) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
    }
  }
}
