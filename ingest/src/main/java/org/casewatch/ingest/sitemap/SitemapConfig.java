package org.casewatch.ingest.sitemap;

import java.io.Serializable;

/**
 * Immutable, serializable caps for reading and walking sitemaps.
 *
 * <p>Defaults: at most <b>50 MiB</b> per sitemap file after decompression and <b>50,000</b> URLs
 * per file (the sitemap protocol's own limits); an index is followed to a depth of <b>2</b> (index,
 * child sitemap, one nested index level tolerated), at most <b>200</b> sitemap files and
 * <b>100,000</b> entries per walk; only URLs on the sitemap's own host are kept.
 *
 * <pre>{@code
 * SitemapConfig config = SitemapConfig.builder().maxSitemaps(20).build();
 * }</pre>
 *
 * @param maxBytes the cap on one sitemap file after decompression, in bytes
 * @param maxUrlsPerSitemap the cap on {@code <url>} or {@code <sitemap>} entries read from one file
 * @param maxDepth how many index levels a walk descends; 0 reads only the root file
 * @param maxSitemaps how many sitemap files one walk reads, the root included
 * @param maxEntries how many entries one walk collects
 * @param sameHostOnly whether URLs on another host than the sitemap's are dropped
 */
public record SitemapConfig(
    long maxBytes,
    int maxUrlsPerSitemap,
    int maxDepth,
    int maxSitemaps,
    int maxEntries,
    boolean sameHostOnly)
    implements Serializable {

  /** Default cap per file after decompression: <b>50 MiB</b>. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  /** Default cap on entries per file: <b>50,000</b>. */
  public static final int DEFAULT_MAX_URLS_PER_SITEMAP = 50_000;

  /** Default index depth: <b>2</b>. */
  public static final int DEFAULT_MAX_DEPTH = 2;

  /** Default sitemap files per walk: <b>200</b>. */
  public static final int DEFAULT_MAX_SITEMAPS = 200;

  /** Default entries per walk: <b>100,000</b>. */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;

  /** Validates; prefer {@link #builder()}. */
  public SitemapConfig {
    if (maxBytes <= 0 || maxUrlsPerSitemap <= 0 || maxSitemaps <= 0 || maxEntries <= 0) {
      throw new IllegalArgumentException("sitemap caps must be positive");
    }
    if (maxDepth < 0 || maxDepth > 5) {
      throw new IllegalArgumentException("maxDepth must be in [0, 5], was " + maxDepth);
    }
  }

  /** The defaults. */
  public static SitemapConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SitemapConfig}; {@link #build()} validates. Not thread-safe. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private int maxUrlsPerSitemap = DEFAULT_MAX_URLS_PER_SITEMAP;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxSitemaps = DEFAULT_MAX_SITEMAPS;
    private int maxEntries = DEFAULT_MAX_ENTRIES;
    private boolean sameHostOnly = true;

    private Builder() {}

    /** The cap per file after decompression in bytes (default <b>50 MiB</b>). */
    public Builder maxBytes(long maxBytes) {
      this.maxBytes = maxBytes;
      return this;
    }

    /** The cap on entries per file (default <b>50,000</b>). */
    public Builder maxUrlsPerSitemap(int maxUrlsPerSitemap) {
      this.maxUrlsPerSitemap = maxUrlsPerSitemap;
      return this;
    }

    /** How many index levels a walk descends (default <b>2</b>). */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = maxDepth;
      return this;
    }

    /** How many sitemap files one walk reads (default <b>200</b>). */
    public Builder maxSitemaps(int maxSitemaps) {
      this.maxSitemaps = maxSitemaps;
      return this;
    }

    /** How many entries one walk collects (default <b>100,000</b>). */
    public Builder maxEntries(int maxEntries) {
      this.maxEntries = maxEntries;
      return this;
    }

    /** Whether URLs on another host are dropped (default <b>true</b>). */
    public Builder sameHostOnly(boolean sameHostOnly) {
      this.sameHostOnly = sameHostOnly;
      return this;
    }

    /** Validates and builds. */
    public SitemapConfig build() {
      return new SitemapConfig(
          maxBytes, maxUrlsPerSitemap, maxDepth, maxSitemaps, maxEntries, sameHostOnly);
    }
  }
}
