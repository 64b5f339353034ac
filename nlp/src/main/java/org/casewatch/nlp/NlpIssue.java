package org.casewatch.nlp;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why the annotations of one document are partial: a typed reason with a human-readable detail.
 *
 * <p>Issues are data, not exceptions: the annotator returns them with whatever annotations it could
 * make, and the Flink adapter counts them and turns {@link Kind#ANNOTATOR_FAILURE} into a dead
 * letter while the document is still indexed.
 *
 * @param kind the stable, machine-readable kind
 * @param detail what happened, for an operator (for failures: the annotator stage and exception)
 */
public record NlpIssue(Kind kind, String detail) implements Serializable {

  /** The kinds of issue, from the harmless caps to real failures. */
  public enum Kind {
    /** The body was longer than {@link NlpConfig#maxChars()} and only its start was annotated. */
    TRUNCATED,
    /** Some sentences exceeded a sentence-length cap and got no entities or no sentiment. */
    SENTENCE_TOO_LONG,
    /** The time budget ran out before every sentence had its sentiment. */
    TIME_BUDGET_EXCEEDED,
    /** CoreNLP threw on this document; the annotations hold whatever came before the failure. */
    ANNOTATOR_FAILURE
  }

  public NlpIssue {
    Objects.requireNonNull(kind, "kind");
    detail = detail == null ? "" : detail;
  }
}
