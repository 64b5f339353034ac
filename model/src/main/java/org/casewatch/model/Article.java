package org.casewatch.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article page after download and text extraction, before annotation.
 *
 * @param url the URL the article was fetched from (after redirects)
 * @param canonicalUrl the canonical URL (from {@code link rel=canonical} or {@code og:url}, else
 *     the normalised fetch URL); the document id derives from it
 * @param source the publisher or feed the article came from (site name or host)
 * @param title the headline
 * @param body the main text, paragraphs separated by blank lines
 * @param publishedAt the publication time, or null when neither page nor feed gives one
 * @param fetchedAt when the page was downloaded
 * @param provenance publisher, platform, author, body hash and syndication group, as far as known
 *     ({@link Provenance#UNKNOWN} when null is given)
 * @param revisions the changes observed at the URL on revisits, oldest first (may be empty)
 * @param deleted true when the last revisit found the page gone
 * @param encodingSuspect true when the text may be mis-decoded: replacement characters, C1 controls
 *     or mojibake (UTF-8 read as Latin-1 or cp1252) in it, or declared charsets that disagree; the
 *     document is kept and indexed with {@code encoding_suspect} (reliability case 40)
 */
public record Article(
    String url,
    String canonicalUrl,
    String source,
    String title,
    String body,
    Instant publishedAt,
    Instant fetchedAt,
    Provenance provenance,
    List<Revision> revisions,
    boolean deleted,
    boolean encodingSuspect)
    implements Serializable {

  public Article {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    source = source == null ? "" : source;
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    provenance = provenance == null ? Provenance.UNKNOWN : provenance;
    revisions = revisions == null ? List.of() : List.copyOf(revisions);
  }

  /** An article whose text raised no encoding suspicion. */
  public Article(
      String url,
      String canonicalUrl,
      String source,
      String title,
      String body,
      Instant publishedAt,
      Instant fetchedAt,
      Provenance provenance,
      List<Revision> revisions,
      boolean deleted) {
    this(
        url,
        canonicalUrl,
        source,
        title,
        body,
        publishedAt,
        fetchedAt,
        provenance,
        revisions,
        deleted,
        false);
  }

  /** An article with unknown provenance and no revisions. */
  public Article(
      String url,
      String canonicalUrl,
      String source,
      String title,
      String body,
      Instant publishedAt,
      Instant fetchedAt) {
    this(
        url,
        canonicalUrl,
        source,
        title,
        body,
        publishedAt,
        fetchedAt,
        Provenance.UNKNOWN,
        List.of(),
        false);
  }

  /** The document id of this article: see {@link Ids#documentId(String)}. */
  public String id() {
    return Ids.documentId(canonicalUrl);
  }

  /** This article with another provenance. */
  public Article withProvenance(Provenance newProvenance) {
    return new Article(
        url,
        canonicalUrl,
        source,
        title,
        body,
        publishedAt,
        fetchedAt,
        newProvenance,
        revisions,
        deleted,
        encodingSuspect);
  }

  /** This article with its revision history and deletion flag. */
  public Article withRevisions(List<Revision> newRevisions, boolean nowDeleted) {
    return new Article(
        url,
        canonicalUrl,
        source,
        title,
        body,
        publishedAt,
        fetchedAt,
        provenance,
        newRevisions,
        nowDeleted,
        encodingSuspect);
  }

  /** This article with its encoding-suspect flag set as given. */
  public Article withEncodingSuspect(boolean suspect) {
    return new Article(
        url,
        canonicalUrl,
        source,
        title,
        body,
        publishedAt,
        fetchedAt,
        provenance,
        revisions,
        deleted,
        suspect);
  }
}
