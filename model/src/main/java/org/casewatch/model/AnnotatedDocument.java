package org.casewatch.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An article with everything the NLP step found in it: what the sinks write to the {@code
 * documents}, {@code claims} and {@code events} indices.
 *
 * @param article the extracted article, with its provenance and revisions
 * @param analysis the annotations, allegation claims, case events and party sentiment
 * @param caseIds the cases the document's claims and events were assigned to (filled by the case
 *     step; empty before it)
 */
public record AnnotatedDocument(Article article, DocumentAnalysis analysis, List<String> caseIds)
    implements Serializable {

  public AnnotatedDocument {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(analysis, "analysis");
    caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
  }

  /** A document with a full analysis, not yet assigned to cases. */
  public AnnotatedDocument(Article article, DocumentAnalysis analysis) {
    this(article, analysis, List.of());
  }

  /** A document with annotations only: no claims, events or party sentiment. */
  public AnnotatedDocument(Article article, Annotations annotations) {
    this(article, DocumentAnalysis.of(Objects.requireNonNull(annotations, "annotations")));
  }

  /** The deterministic document id, from the canonical URL. */
  public String id() {
    return article.id();
  }

  /** The document annotations: language, entities, lemmas, sentiment. */
  public Annotations annotations() {
    return analysis.annotations();
  }

  /** How many allegation claims the document has. */
  public int claimCount() {
    return analysis.claims().size();
  }

  /** How many case events the document has. */
  public int eventCount() {
    return analysis.events().size();
  }

  /** This document assigned to cases. */
  public AnnotatedDocument withCaseIds(List<String> newCaseIds) {
    return new AnnotatedDocument(article, analysis, newCaseIds);
  }
}
