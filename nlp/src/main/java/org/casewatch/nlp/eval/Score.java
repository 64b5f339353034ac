package org.casewatch.nlp.eval;

import java.util.Locale;

/**
 * Counts of one matched comparison and their precision, recall and F1.
 *
 * @param truePositives predicted and in the gold set
 * @param falsePositives predicted, not in the gold set
 * @param falseNegatives in the gold set, not predicted
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

  /** The sum of two scores. */
  public Score plus(Score o) {
    return new Score(
        truePositives + o.truePositives,
        falsePositives + o.falsePositives,
        falseNegatives + o.falseNegatives);
  }

  /** TP / (TP + FP); 1 when nothing was predicted. */
  public double precision() {
    int p = truePositives + falsePositives;
    return p == 0 ? 1 : (double) truePositives / p;
  }

  /** TP / (TP + FN); 1 when the gold set is empty. */
  public double recall() {
    int g = truePositives + falseNegatives;
    return g == 0 ? 1 : (double) truePositives / g;
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
        precision(),
        recall(),
        f1(),
        truePositives,
        falsePositives,
        falseNegatives);
  }
}
