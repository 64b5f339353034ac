package org.casewatch.nlp.sentiment;

import java.util.List;
import java.util.Objects;
import org.casewatch.model.Sentiment;

/**
 * Turns five-class sentiment predictions into scores in [-1, 1] and averages them over a document.
 *
 * <p>How and why: CoreNLP's sentiment model gives, for each sentence, probabilities {@code p0..p4}
 * of the classes very negative, negative, neutral, positive, very positive. Taking only the arg-max
 * throws away confidence (a 51/49 negative/neutral split and a certain "negative" would score the
 * same). The expected value {@code sum p_i * (i - 2) / 2} keeps it: it is {@code -1} for certain
 * very-negative, {@code 0} for certain neutral or for symmetric uncertainty, and {@code +1} for
 * certain very-positive. A document's score is the mean of the scores of its scored sentences
 * weighted by sentence length in tokens, so a one-word sentence does not count as much as a long
 * one. The annotator scores only the sentences its gate lets through (claim and event candidates
 * and their neighbours, sentences naming a person or organisation), so the document score is over
 * those sentences, not over every sentence of the document.
 */
public final class SentimentScores {

  /** The number of sentiment classes CoreNLP predicts. */
  public static final int CLASSES = 5;

  private SentimentScores() {}

  /**
   * The expected polarity of a five-class distribution, in [-1, 1].
   *
   * @param probabilities five class probabilities, very negative first; they are normalised, so any
   *     non-negative weights with a positive sum are accepted
   * @throws IllegalArgumentException when there are not five finite, non-negative values with a
   *     positive sum
   */
  public static double score(double[] probabilities) {
    Objects.requireNonNull(probabilities, "probabilities");
    if (probabilities.length != CLASSES) {
      throw new IllegalArgumentException(
          "expected " + CLASSES + " class probabilities, got " + probabilities.length);
    }
    double sum = 0;
    double weighted = 0;
    for (int i = 0; i < CLASSES; i++) {
      double p = probabilities[i];
      if (!Double.isFinite(p) || p < 0) {
        throw new IllegalArgumentException("class probability " + i + " is " + p);
      }
      sum += p;
      weighted += p * (i - 2) / 2.0;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("class probabilities sum to " + sum);
    }
    return clamp(weighted / sum);
  }

  /**
   * The {@link Sentiment} of a five-class distribution: its {@link #score} and that score's label.
   */
  public static Sentiment sentiment(double[] probabilities) {
    return of(score(probabilities));
  }

  /** The {@link Sentiment} with this score (clamped to [-1, 1]) and its five-way label. */
  public static Sentiment of(double score) {
    double clamped = clamp(score);
    return new Sentiment(Sentiment.labelOf(clamped), clamped);
  }

  /**
   * The length-weighted mean of the scores of the scored sentences, or null when there is nothing
   * with positive weight.
   */
  public static Sentiment documentSentiment(List<WeightedScore> sentences) {
    double total = 0;
    double weighted = 0;
    for (WeightedScore s : sentences) {
      total += s.weight();
      weighted += s.score() * s.weight();
    }
    return total <= 0 ? null : of(weighted / total);
  }

  private static double clamp(double value) {
    return Math.max(-1.0, Math.min(1.0, value));
  }
}
