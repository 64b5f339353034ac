package org.casewatch.index.query;

import java.time.Instant;

/**
 * One outlet's report of a timeline entry.
 *
 * @param source the source (feed or platform instance)
 * @param publisher the independent publisher (registrable domain or platform), or the source
 * @param url the article's URL
 * @param publishedAt when it was published, or null
 * @param documentId the document id
 * @param eventId the id of the event extracted from it
 */
public record SourceLink(
    String source,
    String publisher,
    String url,
    Instant publishedAt,
    String documentId,
    String eventId) {}
