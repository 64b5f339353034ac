package org.casewatch.model;

import java.io.Serializable;

/**
 * Where a document comes from, beyond its URL: the unit of "independent publishers", the platform,
 * the author, the exact body hash and the syndication group.
 *
 * <p>Sources fill what they know ({@link SocialPost#toArticle(java.time.Instant)} sets platform,
 * publisher and author; the article extractor can set the byline); the job's provenance step fills
 * the rest (publisher from the registrable domain of the canonical URL, {@code web} as platform,
 * body hash and syndication group). Every component may be null while unknown.
 *
 * <p><b>Independent publishers.</b> Copies of one wire story published by several outlets share a
 * {@code syndicationGroup}; the number of independent publishers behind a story is the number of
 * distinct {@code publisher} values in its group (or among a case's documents). Counts of copies
 * are not counts of sources.
 *
 * @param publisher the registrable domain of the canonical URL ({@code bbc.co.uk}) for web pages,
 *     the platform name for social posts; the unit counted as one independent publisher
 * @param platform one of {@link #PLATFORMS} in practice ({@code web}, {@code mastodon}, ...)
 * @param author the byline or author handle, or null
 * @param bodyHash the exact hash of the normalised body (32 hex digits), or null
 * @param syndicationGroup the near-duplicate group (the id of the group's first document), or null
 */
public record Provenance(
    String publisher, String platform, String author, String bodyHash, String syndicationGroup)
    implements Serializable {

  /** Platform of web pages from feeds, sitemaps and crawls. */
  public static final String WEB = "web";

  /** Platform of documents read from archive files (WARC, exports). */
  public static final String ARCHIVE = "archive";

  /** The platforms the index knows about. */
  public static final java.util.Set<String> PLATFORMS =
      java.util.Set.of(WEB, "mastodon", "bluesky", "reddit", ARCHIVE);

  /** Provenance with nothing known yet. */
  public static final Provenance UNKNOWN = new Provenance(null, null, null, null, null);

  public Provenance {
    publisher = blankToNull(publisher);
    platform = blankToNull(platform);
    author = blankToNull(author);
    bodyHash = blankToNull(bodyHash);
    syndicationGroup = blankToNull(syndicationGroup);
  }

  /** This provenance with another publisher. */
  public Provenance withPublisher(String newPublisher) {
    return new Provenance(newPublisher, platform, author, bodyHash, syndicationGroup);
  }

  /** This provenance with another platform. */
  public Provenance withPlatform(String newPlatform) {
    return new Provenance(publisher, newPlatform, author, bodyHash, syndicationGroup);
  }

  /** This provenance with another author. */
  public Provenance withAuthor(String newAuthor) {
    return new Provenance(publisher, platform, newAuthor, bodyHash, syndicationGroup);
  }

  /** This provenance with a body hash and a syndication group. */
  public Provenance withSyndication(String newBodyHash, String newSyndicationGroup) {
    return new Provenance(publisher, platform, author, newBodyHash, newSyndicationGroup);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
