package org.casewatch.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A sentiment judgement on a span of text.
 *
 * <p>{@code score} runs from {@code -1.0} (very negative) through {@code 0.0} (neutral) to {@code
 * 1.0} (very positive); {@code label} is its five-way class.
 *
 * @param label one of {@code very_negative, negative, neutral, positive, very_positive}
 * @param score the polarity in [-1, 1]
 */
public record Sentiment(String label, double score) implements Serializable {

  public static final String VERY_NEGATIVE = "very_negative";
  public static final String NEGATIVE = "negative";
  public static final String NEUTRAL = "neutral";
  public static final String POSITIVE = "positive";
  public static final String VERY_POSITIVE = "very_positive";

  public Sentiment {
    Objects.requireNonNull(label, "label");
    if (Double.isNaN(score) || score < -1.0 || score > 1.0) {
      throw new IllegalArgumentException("sentiment score must be in [-1, 1], was " + score);
    }
  }

  /** The five-way label of a score in [-1, 1]. */
  public static String labelOf(double score) {
    if (score <= -0.6) {
      return VERY_NEGATIVE;
    } else if (score <= -0.2) {
      return NEGATIVE;
    } else if (score < 0.2) {
      return NEUTRAL;
    } else if (score < 0.6) {
      return POSITIVE;
    }
    return VERY_POSITIVE;
  }
}
