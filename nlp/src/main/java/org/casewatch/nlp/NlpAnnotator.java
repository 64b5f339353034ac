package org.casewatch.nlp;

import java.time.LocalDate;
import org.casewatch.model.Annotations;

/**
 * Annotates the body of one news article: language, named entities with canonical names, content
 * lemmas, and sentence and document sentiment.
 *
 * <p>Build one with {@link NlpAnnotators#create(NlpConfig)} (or {@link
 * NlpAnnotators#shared(NlpConfig)} on a Flink task). Building loads the models and takes tens of
 * seconds, so build once and reuse.
 *
 * <p>Contract: annotation never throws for any input text. Caps, the time budget and failures of
 * the underlying library become a partial result with typed {@link NlpIssue}s. The title helps
 * language detection only; every offset refers to the body. Text that is not English gets its
 * language code (or {@code und}) and empty annotations with {@code partial=false}.
 *
 * <p>Implementations are thread-safe: several threads may annotate different documents at once.
 */
public interface NlpAnnotator extends AutoCloseable {

  /**
   * Annotates one document and reports why the result is partial, if it is.
   *
   * @param title the headline (may be null or empty); used for language detection only
   * @param body the main text (may be null or empty); all offsets refer to it
   */
  NlpResult annotateDetailed(String title, String body);

  /**
   * Annotates one document with its publication date, against which relative dates ("last
   * Thursday") of claims and events are resolved. Implementations that extract claims override
   * this; the default ignores the date.
   *
   * @param title the headline (may be null or empty); used for language detection only
   * @param body the main text (may be null or empty); all offsets refer to it
   * @param published the publication date, or null when unknown
   */
  default NlpResult annotateDetailed(String title, String body, LocalDate published) {
    return annotateDetailed(title, body);
  }

  /** Annotates one document; the same as {@code annotateDetailed(title, body).annotations()}. */
  default Annotations annotate(String title, String body) {
    return annotateDetailed(title, body).annotations();
  }

  /** Releases this annotator; annotating afterwards is not allowed. */
  @Override
  void close();
}
