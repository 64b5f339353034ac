package org.casewatch.index.query;

/**
 * Sentiment in one bucket of time.
 *
 * @param date the first day of the bucket ({@code YYYY-MM-DD}, UTC)
 * @param documents how many scored documents
 * @param documentMean their mean sentiment score, or null when none
 * @param claims how many claims with a sentiment towards the accused
 * @param accusedMean the mean sentiment towards the accused, or null when none
 */
public record SentimentPoint(
    String date, long documents, Double documentMean, long claims, Double accusedMean) {}
