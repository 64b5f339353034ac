package org.casewatch.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.casewatch.model.SentenceSentiment;
import org.casewatch.model.Sentiment;
import org.casewatch.nlp.internal.Deadline;
import org.casewatch.nlp.sentiment.SentimentScores;
import org.casewatch.nlp.sentiment.WeightedScore;

/**
 * The costly pass: constituency parse and sentiment, one sentence at a time, so that the time
 * budget is checked between sentences and one bad sentence costs only itself.
 *
 * <p>Only the sentences a {@link SentimentGate} lets through are parsed and scored; the others get
 * no {@link SentenceSentiment} record and no weight in the document sentiment.
 */
final class SentimentPass {

  private final StanfordCoreNLP pipeline;
  private final int maxTokens;

  SentimentPass(StanfordCoreNLP pipeline, int maxTokens) {
    this.pipeline = pipeline;
    this.maxTokens = maxTokens;
  }

  /** What the pass produced and why it may be incomplete. */
  record Outcome(
      List<SentenceSentiment> sentences,
      List<WeightedScore> weights,
      int tooLong,
      int skippedForTime,
      int failures,
      String firstFailure) {}

  /**
   * Scores the sentences {@code gate} marks ({@code gate[i]} for {@code sentences.get(i)}), in
   * document order, until {@code deadline}.
   */
  Outcome run(List<CoreMap> sentences, boolean[] gate, Deadline deadline) {
    List<SentenceSentiment> scored = new ArrayList<>();
    List<WeightedScore> weights = new ArrayList<>();
    int tooLong = 0;
    int failures = 0;
    String firstFailure = null;
    for (int i = 0; i < sentences.size(); i++) {
      if (!gate[i]) {
        continue;
      }
      if (deadline.expired()) {
        return new Outcome(scored, weights, tooLong, remaining(gate, i), failures, firstFailure);
      }
      CoreMap sentence = sentences.get(i);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens == null || tokens.isEmpty()) {
        continue;
      }
      if (tokens.size() > maxTokens) {
        tooLong++;
        continue;
      }
      double[] probabilities;
      try {
        probabilities = annotateOne(sentence, tokens);
      } catch (RuntimeException e) {
        failures++;
        if (firstFailure == null) {
          firstFailure = "parse/sentiment: " + e;
        }
        continue;
      }
      if (probabilities == null) {
        continue;
      }
      Sentiment sentiment = SentimentScores.sentiment(probabilities);
      int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      scored.add(new SentenceSentiment(begin, end, sentiment));
      weights.add(new WeightedScore(sentiment.score(), tokens.size()));
    }
    return new Outcome(scored, weights, tooLong, 0, failures, firstFailure);
  }

  private static int remaining(boolean[] gate, int from) {
    int count = 0;
    for (int i = from; i < gate.length; i++) {
      if (gate[i]) {
        count++;
      }
    }
    return count;
  }

  private double[] annotateOne(CoreMap sentence, List<CoreLabel> tokens) {
    Annotation one = new Annotation(sentence.get(CoreAnnotations.TextAnnotation.class));
    one.set(CoreAnnotations.TokensAnnotation.class, tokens);
    one.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(List.of(sentence)));
    pipeline.annotate(one);
    return CoreNlpMapping.classProbabilities(sentence);
  }
}
