package org.casewatch.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * The sentiment of one sentence of a document body.
 *
 * @param begin character offset of the sentence start in the body
 * @param end character offset one past the sentence end
 * @param sentiment the sentence's sentiment
 */
public record SentenceSentiment(int begin, int end, Sentiment sentiment) implements Serializable {

  public SentenceSentiment {
    Objects.requireNonNull(sentiment, "sentiment");
  }
}
