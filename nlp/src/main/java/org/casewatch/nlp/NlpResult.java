package org.casewatch.nlp;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.casewatch.model.Annotations;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.Claim;
import org.casewatch.model.DocumentAnalysis;
import org.casewatch.model.PartySentiment;

/**
 * The annotations of one document, its allegation claims, case events and sentiment toward the
 * parties, together with the issues that made them partial.
 *
 * <p>{@code annotations().partial()} is true exactly when {@code issues} is not empty.
 *
 * @param annotations what the annotator found
 * @param issues why the annotations are partial, in the order they arose (empty when complete)
 * @param claims the allegation claims (empty for non-English text or when extraction is off)
 * @param events the case events
 * @param partySentiments the sentiment toward the accused and accusers of the claims
 */
public record NlpResult(
    Annotations annotations,
    List<NlpIssue> issues,
    List<Claim> claims,
    List<CaseEvent> events,
    List<PartySentiment> partySentiments)
    implements Serializable {

  public NlpResult {
    Objects.requireNonNull(annotations, "annotations");
    issues = List.copyOf(issues);
    claims = List.copyOf(claims);
    events = List.copyOf(events);
    partySentiments = List.copyOf(partySentiments);
  }

  /** A result without claims or events. */
  public NlpResult(Annotations annotations, List<NlpIssue> issues) {
    this(annotations, issues, List.of(), List.of(), List.of());
  }

  /** Whether CoreNLP threw on this document (see {@link NlpIssue.Kind#ANNOTATOR_FAILURE}). */
  public boolean failed() {
    return issues.stream().anyMatch(i -> i.kind() == NlpIssue.Kind.ANNOTATOR_FAILURE);
  }

  /** The model record of this result: annotations, claims, events and party sentiment. */
  public DocumentAnalysis analysis() {
    return new DocumentAnalysis(annotations, claims, events, partySentiments);
  }
}
