package org.casewatch.model;

import java.io.Serializable;
import java.time.Instant;
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
 */
public record Article(
    String url,
    String canonicalUrl,
    String source,
    String title,
    String body,
    Instant publishedAt,
    Instant fetchedAt)
    implements Serializable {

  public Article {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    source = source == null ? "" : source;
    title = title == null ? "" : title;
    body = body == null ? "" : body;
  }

  /** The document id of this article: see {@link Ids#documentId(String)}. */
  public String id() {
    return Ids.documentId(canonicalUrl);
  }
}
