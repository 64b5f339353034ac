package org.casewatch.index.query;

/**
 * A term that is unusually frequent in a window compared with the whole index.
 *
 * @param term the term
 * @param score the significance score (JLH)
 * @param windowDocuments documents in the window that contain it
 * @param backgroundDocuments documents in the whole index that contain it
 */
public record TermScore(
    String term, double score, long windowDocuments, long backgroundDocuments) {}
