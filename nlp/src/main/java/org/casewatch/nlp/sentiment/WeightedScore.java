package org.casewatch.nlp.sentiment;

/**
 * A sentence score with its weight (the sentence length in tokens) for {@link
 * SentimentScores#documentSentiment}.
 *
 * @param score the sentence score in [-1, 1]
 * @param weight the sentence length in tokens; not negative
 */
public record WeightedScore(double score, int weight) {

  public WeightedScore {
    if (Double.isNaN(score) || score < -1.0 || score > 1.0) {
      throw new IllegalArgumentException("score must be in [-1, 1], was " + score);
    }
    if (weight < 0) {
      throw new IllegalArgumentException("weight must not be negative, was " + weight);
    }
  }
}
