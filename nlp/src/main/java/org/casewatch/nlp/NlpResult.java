package org.casewatch.nlp;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.casewatch.model.Annotations;

/**
 * The annotations of one document together with the issues that made them partial.
 *
 * <p>{@code annotations().partial()} is true exactly when {@code issues} is not empty.
 *
 * @param annotations what the annotator found
 * @param issues why the annotations are partial, in the order they arose (empty when complete)
 */
public record NlpResult(Annotations annotations, List<NlpIssue> issues) implements Serializable {

  public NlpResult {
    Objects.requireNonNull(annotations, "annotations");
    issues = List.copyOf(issues);
  }

  /** Whether CoreNLP threw on this document (see {@link NlpIssue.Kind#ANNOTATOR_FAILURE}). */
  public boolean failed() {
    return issues.stream().anyMatch(i -> i.kind() == NlpIssue.Kind.ANNOTATOR_FAILURE);
  }
}
