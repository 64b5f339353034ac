package org.casewatch.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Everything the NLP step found in one document: the {@link Annotations} (language, entities,
 * lemmas, sentiment) plus the allegation claims, the case events and the sentiment toward the
 * parties of the claims.
 *
 * @param annotations the document annotations
 * @param claims the allegation claims, in order of first evidence
 * @param events the case events, in text order
 * @param partySentiments the sentiment toward each accused and accuser (may be empty)
 */
public record DocumentAnalysis(
    Annotations annotations,
    List<Claim> claims,
    List<CaseEvent> events,
    List<PartySentiment> partySentiments)
    implements Serializable {

  public DocumentAnalysis {
    Objects.requireNonNull(annotations, "annotations");
    claims = List.copyOf(claims);
    events = List.copyOf(events);
    partySentiments = List.copyOf(partySentiments);
  }

  /** An analysis with annotations only. */
  public static DocumentAnalysis of(Annotations annotations) {
    return new DocumentAnalysis(annotations, List.of(), List.of(), List.of());
  }
}
