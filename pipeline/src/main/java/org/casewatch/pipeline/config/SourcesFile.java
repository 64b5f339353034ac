package org.casewatch.pipeline.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.revisit.RevisitConfig;
import org.casewatch.ingest.social.SocialQuery;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a sources file: YAML (or JSON, which is YAML) listing what the monitoring job follows.
 *
 * <pre>{@code
 * poll_interval: 15m                 # default for every source (default 5m)
 * feeds:
 *   - url: https://news.example/metoo/rss
 *     poll_interval: 10m             # optional, per source
 * mastodon:
 *   - instance: https://mastodon.social
 *     tag: MeToo
 * bluesky:
 *   - query: "#metoo"                # service defaults to https://public.api.bsky.app
 * reddit:
 *   - subreddit: MeToo               # the subreddit's new posts
 *   - search: "harassment lawsuit"   # a search, site-wide or with subreddit
 * sitemaps:                          # sitemaps, sitemap indexes, Google News sitemaps
 *   - url: https://news.example/sitemap-news.xml
 *     poll_interval: 15m
 * archives:                          # read once, for backfill; paths relative to this file
 *   - path: backfill/CC-NEWS-20240101.warc.gz   # format from the name: .warc[.gz]
 *   - path: exports/posts.jsonl
 *     format: jsonl                  # warc, jsonl or csv
 *     fields: {id: /id, url: /url, text: /content, published: /created_at}
 * revisit: [24h, 7d]                 # revisit articles for edits and deletions ([] disables)
 * }</pre>
 *
 * <p>Durations are written {@code 30s}, {@code 10m}, {@code 2h}, {@code 1d} or ISO-8601 ({@code
 * PT10M}); the shortest allowed is **1 minute**, so a typo cannot hammer a server. Unknown keys are
 * errors that name the key and where it is, so a misspelt {@code pol_interval} is not silently
 * ignored. The file is read with limits (size, nesting, YAML aliases) since it may come from
 * elsewhere.
 */
public final class SourcesFile {

  /** Default interval between polls of a source: **5 minutes**. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(5);

  /** Shortest poll interval accepted: **1 minute**. */
  public static final Duration MIN_POLL_INTERVAL = Duration.ofMinutes(1);

  /** Default Bluesky service. */
  public static final String DEFAULT_BLUESKY_SERVICE = "https://public.api.bsky.app";

  /** Default Reddit base URL. */
  public static final String DEFAULT_REDDIT = "https://www.reddit.com";

  /** Largest sources file read: **1 MiB**. */
  public static final long MAX_BYTES = 1 << 20;

  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,6})\\s*([smhd])");

  private SourcesFile() {}

  /**
   * Reads and validates a sources file.
   *
   * @throws SourcesFileException naming the file and the first problem in it
   */
  public static Sources read(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new SourcesFileException(file, "is larger than " + MAX_BYTES + " bytes");
      }
      return parse(file, Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new SourcesFileException(file, "does not exist");
    } catch (IOException e) {
      throw new SourcesFileException(file, "cannot be read: " + e.getMessage());
    }
  }

  /** Parses the text of a sources file; {@code file} only names it in errors. */
  static Sources parse(Path file, String text) {
    JsonNode root;
    try {
      root = mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new SourcesFileException(file, "is not valid YAML: " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new SourcesFileException(file, "is empty");
    }
    Reader reader = new Reader(file);
    reader.keys(
        root,
        "",
        Set.of(
            "poll_interval",
            "feeds",
            "mastodon",
            "bluesky",
            "reddit",
            "sitemaps",
            "archives",
            "revisit"));
    Duration defaultInterval =
        reader.duration(root.get("poll_interval"), "poll_interval", DEFAULT_POLL_INTERVAL);

    List<FeedSubscription> feeds = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Entry e : reader.list(root, "feeds")) {
      reader.keys(e.node, e.path, Set.of("url", "poll_interval"));
      String url = reader.text(e.node, e.path, "url", true);
      Duration interval =
          reader.duration(e.node.get("poll_interval"), e.path + ".poll_interval", defaultInterval);
      FeedSubscription feed = reader.build(e.path, () -> new FeedSubscription(url, interval));
      if (!seen.add("feed " + feed.url())) {
        throw new SourcesFileException(file, e.path + ": the feed " + url + " is listed twice");
      }
      feeds.add(feed);
    }

    List<SocialQuery> social = new ArrayList<>();
    for (Entry e : reader.list(root, "mastodon")) {
      reader.keys(e.node, e.path, Set.of("instance", "tag", "poll_interval"));
      String instance = reader.text(e.node, e.path, "instance", true);
      String tag = reader.text(e.node, e.path, "tag", true);
      social.add(
          withInterval(reader, e, defaultInterval, () -> SocialQuery.mastodonTag(instance, tag)));
    }
    for (Entry e : reader.list(root, "bluesky")) {
      reader.keys(e.node, e.path, Set.of("service", "query", "poll_interval"));
      String service = reader.text(e.node, e.path, "service", false);
      String query = reader.text(e.node, e.path, "query", true);
      social.add(
          withInterval(
              reader,
              e,
              defaultInterval,
              () ->
                  SocialQuery.blueskySearch(
                      service == null ? DEFAULT_BLUESKY_SERVICE : service, query)));
    }
    for (Entry e : reader.list(root, "reddit")) {
      reader.keys(e.node, e.path, Set.of("base_url", "subreddit", "search", "poll_interval"));
      String base = reader.text(e.node, e.path, "base_url", false);
      String sub = reader.text(e.node, e.path, "subreddit", false);
      String search = reader.text(e.node, e.path, "search", false);
      String url = base == null ? DEFAULT_REDDIT : base;
      social.add(
          withInterval(
              reader,
              e,
              defaultInterval,
              () ->
                  search == null
                      ? SocialQuery.redditNew(url, sub)
                      : SocialQuery.redditSearch(url, sub, search)));
    }
    for (SocialQuery q : social) {
      if (!seen.add("social " + q.id())) {
        throw new SourcesFileException(file, "the query " + q.id() + " is listed twice");
      }
    }
    List<SitemapSubscription> sitemaps = new ArrayList<>();
    for (Entry e : reader.list(root, "sitemaps")) {
      reader.keys(e.node, e.path, Set.of("url", "poll_interval"));
      String url = reader.text(e.node, e.path, "url", true);
      Duration interval =
          reader.duration(e.node.get("poll_interval"), e.path + ".poll_interval", defaultInterval);
      SitemapSubscription sitemap =
          reader.build(e.path, () -> new SitemapSubscription(url, interval));
      if (!seen.add("sitemap " + sitemap.url())) {
        throw new SourcesFileException(file, e.path + ": the sitemap " + url + " is listed twice");
      }
      sitemaps.add(sitemap);
    }
    List<ArchiveFile> archives = new ArrayList<>();
    for (Entry e : reader.list(root, "archives")) {
      ArchiveFile archive = Archives.read(file, reader, e.node, e.path);
      if (!seen.add("archive " + archive.path())) {
        throw new SourcesFileException(
            file, e.path + ": the archive " + archive.path() + " is listed twice");
      }
      archives.add(archive);
    }
    Sources sources = new Sources(feeds, social, sitemaps, archives, revisit(reader, root));
    if (sources.isEmpty()) {
      throw new SourcesFileException(file, "lists no feeds, sitemaps, social queries or archives");
    }
    return sources;
  }

  /** The revisit plan: the default when the key is absent, none for an empty list. */
  private static RevisitConfig revisit(Reader reader, JsonNode root) {
    if (!root.has("revisit")) {
      return RevisitConfig.defaults();
    }
    List<Duration> delays = new ArrayList<>();
    for (Entry e : reader.list(root, "revisit")) {
      delays.add(reader.duration(e.node, e.path, null));
    }
    return reader.build(
        "revisit", () -> new RevisitConfig(delays, RevisitConfig.DEFAULT_RETRY_DELAY));
  }

  private static SocialQuery withInterval(
      Reader reader,
      Entry e,
      Duration defaultInterval,
      java.util.function.Supplier<SocialQuery> q) {
    Duration interval =
        reader.duration(e.node.get("poll_interval"), e.path + ".poll_interval", defaultInterval);
    return reader.build(e.path, () -> q.get().withPollInterval(interval));
  }

  /** Parses {@code 30s}, {@code 10m}, {@code 2h}, {@code 1d} or an ISO-8601 duration. */
  static Duration parseDuration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT_DURATION.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "not a duration: '" + text + "' (write 30s, 10m, 2h, 1d or PT10M)", e);
    }
  }

  private static ObjectMapper mapper() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit((int) MAX_BYTES);
    options.setNestingDepthLimit(20);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(20)
                    .maxStringLength(10_000)
                    .maxNumberLength(20)
                    .build())
            .build();
    return new ObjectMapper(factory);
  }

  private record Entry(String path, JsonNode node) {}

  /** Reads nodes and turns every problem into a {@link SourcesFileException} naming its place. */
  static final class Reader {
    private final Path file;

    Reader(Path file) {
      this.file = file;
    }

    void keys(JsonNode node, String path, Set<String> known) {
      if (!node.isObject()) {
        throw new SourcesFileException(file, where(path) + "must be a mapping of keys to values");
      }
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!known.contains(name)) {
          throw new SourcesFileException(
              file,
              where(path)
                  + "unknown key '"
                  + name
                  + "' (known: "
                  + String.join(", ", new java.util.TreeSet<>(known))
                  + ")");
        }
      }
    }

    List<Entry> list(JsonNode root, String key) {
      JsonNode node = root.get(key);
      List<Entry> out = new ArrayList<>();
      if (node == null || node.isNull()) {
        return out;
      }
      if (!node.isArray()) {
        throw new SourcesFileException(file, key + ": must be a list (items start with '- ')");
      }
      for (int i = 0; i < node.size(); i++) {
        out.add(new Entry(key + "[" + i + "]", node.get(i)));
      }
      return out;
    }

    String text(JsonNode node, String path, String key, boolean required) {
      JsonNode value = node.get(key);
      if (value == null || value.isNull() || value.asText().isBlank()) {
        if (required) {
          throw new SourcesFileException(file, path + ": '" + key + "' is required");
        }
        return null;
      }
      if (!value.isValueNode()) {
        throw new SourcesFileException(file, path + "." + key + ": must be a single value");
      }
      return value.asText().strip();
    }

    Duration duration(JsonNode node, String path, Duration fallback) {
      if (node == null || node.isNull()) {
        return fallback;
      }
      Duration d;
      try {
        d = parseDuration(node.asText());
      } catch (IllegalArgumentException e) {
        throw new SourcesFileException(file, path + ": " + e.getMessage());
      }
      if (d.compareTo(MIN_POLL_INTERVAL) < 0) {
        throw new SourcesFileException(
            file, path + ": " + node.asText() + " is shorter than the minimum of 1m");
      }
      return d;
    }

    <T> T build(String path, java.util.function.Supplier<T> supplier) {
      try {
        return supplier.get();
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new SourcesFileException(file, path + ": " + e.getMessage());
      }
    }

    private static String where(String path) {
      return path.isEmpty() ? "" : path + ": ";
    }
  }
}
