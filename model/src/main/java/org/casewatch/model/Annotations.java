package org.casewatch.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What natural-language annotation found in one document body.
 *
 * @param language ISO 639-1 code of the detected language, or {@code und} when unknown
 * @param entities the named entities, in text order
 * @param lemmas the lemmas of the content words, in text order, for lemma search
 * @param sentiment the document sentiment over the scored sentences, or null when none was scored
 * @param sentences the sentiment of each scored sentence, in text order (may be empty); the
 *     annotator scores only the sentences that can matter (see {@code SentimentGate} in nlp), so a
 *     sentence may have no record
 * @param partial true when annotation was cut short (time budget, sentence or size caps)
 */
public record Annotations(
    String language,
    List<EntityMention> entities,
    List<String> lemmas,
    Sentiment sentiment,
    List<SentenceSentiment> sentences,
    boolean partial)
    implements Serializable {

  public Annotations {
    Objects.requireNonNull(language, "language");
    entities = List.copyOf(entities);
    lemmas = List.copyOf(lemmas);
    sentences = List.copyOf(sentences);
  }

  /** Annotations for a document that was not annotated at all. */
  public static Annotations none(String language) {
    return new Annotations(language, List.of(), List.of(), null, List.of(), true);
  }
}
