package org.casewatch.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The metadata of a source document that its claims and events carry with them into their own
 * indices, so that they can be filtered by publisher, date or language and linked back without a
 * join.
 *
 * @param id the document id ({@link Ids#documentId(String)}); the claim's or event's {@code
 *     document_id}
 * @param url the URL the document was fetched from
 * @param canonicalUrl the canonical URL
 * @param source the publisher or feed name as the source gave it
 * @param publisher the independent-publisher unit ({@link Provenance#publisher()}), or null
 * @param platform the platform ({@link Provenance#platform()}), or null
 * @param syndicationGroup the syndication group, or null
 * @param language the detected language
 * @param publishedAt the publication time, or null
 */
public record DocumentRef(
    String id,
    String url,
    String canonicalUrl,
    String source,
    String publisher,
    String platform,
    String syndicationGroup,
    String language,
    Instant publishedAt)
    implements Serializable {

  public DocumentRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    source = source == null ? "" : source;
    language = language == null ? "und" : language;
  }

  /** The reference to an annotated document. */
  public static DocumentRef of(AnnotatedDocument document) {
    Article article = document.article();
    Provenance provenance = article.provenance();
    return new DocumentRef(
        document.id(),
        article.url(),
        article.canonicalUrl(),
        article.source(),
        provenance.publisher(),
        provenance.platform(),
        provenance.syndicationGroup(),
        document.annotations().language(),
        article.publishedAt());
  }
}
