package org.casewatch.index.query;

/**
 * An entity that is unusually frequent in a window compared with the whole index.
 *
 * @param term the entity's canonical name
 * @param type the entity type ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION})
 * @param score the significance score (JLH)
 * @param windowDocuments sampled documents of the window that mention it (syndicated copies once)
 * @param backgroundDocuments documents in the whole index that mention it
 */
public record TermScore(
    String term, String type, double score, long windowDocuments, long backgroundDocuments) {}
