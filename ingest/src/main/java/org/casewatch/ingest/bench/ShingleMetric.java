package org.casewatch.ingest.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric of the Zyte article-extraction benchmark, reimplemented.
 *
 * <p>How: tokens are {@code \w+} matches (Unicode, case kept); a text is the multiset of its
 * shingles of {@value #SHINGLE} consecutive tokens (a text of fewer tokens is one shingle of all of
 * them). Per document, TP is the sum over shingles of the smaller of the two counts, FP the excess
 * of the extracted text, FN the excess of the expected text, each divided by TP+FP+FN. Precision
 * TP/(TP+FP) is averaged over documents where TP+FP is positive, recall TP/(TP+FN) over documents
 * where TP+FN is positive; F1 is the harmonic mean of the two averages. Not thread-safe: one
 * instance accumulates one run.
 */
public final class ShingleMetric {

  /** Tokens per shingle: **4**. */
  public static final int SHINGLE = 4;

  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private double precisionSum;
  private int precisionCount;
  private double recallSum;
  private int recallCount;

  /** The normalised counts of one document. */
  public record Counts(double tp, double fp, double fn) {}

  /** Scores one document and adds it to the averages. */
  public Counts add(String expected, String extracted) {
    Counts c = counts(expected, extracted);
    if (c.tp() + c.fp() > 0) {
      precisionSum += c.tp() / (c.tp() + c.fp());
      precisionCount++;
    }
    if (c.tp() + c.fn() > 0) {
      recallSum += c.tp() / (c.tp() + c.fn());
      recallCount++;
    }
    return c;
  }

  /** The normalised TP, FP and FN of one document. */
  public static Counts counts(String expected, String extracted) {
    Map<List<String>, Integer> truth = shingles(expected);
    Map<List<String>, Integer> predicted = shingles(extracted);
    long tp = 0;
    long truthTotal = 0;
    long predictedTotal = 0;
    for (Map.Entry<List<String>, Integer> e : truth.entrySet()) {
      truthTotal += e.getValue();
      tp += Math.min(e.getValue(), predicted.getOrDefault(e.getKey(), 0));
    }
    for (int count : predicted.values()) {
      predictedTotal += count;
    }
    long fp = predictedTotal - tp;
    long fn = truthTotal - tp;
    double total = tp + fp + fn;
    if (total == 0) {
      return new Counts(0, 0, 0);
    }
    return new Counts(tp / total, fp / total, fn / total);
  }

  /** The averaged precision. */
  public double precision() {
    return precisionCount == 0 ? 0 : precisionSum / precisionCount;
  }

  /** The averaged recall. */
  public double recall() {
    return recallCount == 0 ? 0 : recallSum / recallCount;
  }

  /** The harmonic mean of {@link #precision()} and {@link #recall()}. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> shingles = new HashMap<>();
    if (tokens.isEmpty()) {
      return shingles;
    }
    int n = Math.min(SHINGLE, tokens.size());
    for (int i = 0; i + n <= tokens.size(); i++) {
      shingles.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return shingles;
  }
}
