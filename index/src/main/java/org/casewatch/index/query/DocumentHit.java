package org.casewatch.index.query;

import java.time.Instant;
import java.util.List;
import org.casewatch.model.Sentiment;

/**
 * One document a search found, without its body.
 *
 * @param id the document id
 * @param title the headline
 * @param url the URL it was fetched from
 * @param canonicalUrl the publisher's canonical URL for it (the id derives from it)
 * @param source the publisher or feed
 * @param publishedAt the publication time, or null when unknown
 * @param entities the distinct entities it mentions, by canonical name, in first-mention order
 * @param sentiment the document sentiment, or null when none was computed
 * @param score the relevance score
 */
public record DocumentHit(
    String id,
    String title,
    String url,
    String canonicalUrl,
    String source,
    Instant publishedAt,
    List<EntityRef> entities,
    Sentiment sentiment,
    double score) {

  public DocumentHit {
    entities = List.copyOf(entities);
  }
}
