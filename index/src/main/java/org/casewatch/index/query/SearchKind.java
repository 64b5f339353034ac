package org.casewatch.index.query;

import java.util.List;
import java.util.Map;

/**
 * What a search looks through, with the fixed fields each filter and the text query may touch.
 *
 * <p>These lists are the whole attack surface of search: text is matched only against {@link
 * #textFields()}, filters only against the named keyword fields, and hits return only {@link
 * #hitFields()}. A caller can never name a field or an index.
 */
public enum SearchKind {
  /** Indexed articles and posts. */
  DOCUMENTS(
      List.of("title^2", "body", "lemmas", "entities.text"),
      Map.of("title", 0, "body", 3),
      "entities.canonical_name.keyword",
      "case_ids",
      "sentiment.score",
      null,
      null,
      List.of(
          "id",
          "title",
          "url",
          "canonical_url",
          "source",
          "publisher",
          "platform",
          "author",
          "published_at",
          "language",
          "entities",
          "sentiment",
          "case_ids",
          "claim_count",
          "event_count",
          "deleted")),
  /** Allegation claims extracted from documents. */
  CLAIMS(
      List.of("quote^2", "accused.name", "accused.mention", "setting"),
      Map.of("quote", 0, "setting", 0),
      "accused.canonical",
      "case_id",
      "sentiment_accused",
      "act",
      "modality",
      List.of(
          "id",
          "document_id",
          "url",
          "canonical_url",
          "source",
          "publisher",
          "platform",
          "language",
          "published_at",
          "reported_date",
          "incident_date",
          "act",
          "modality",
          "asserted_by",
          "accused",
          "accuser",
          "setting",
          "quote",
          "confidence",
          "case_id",
          "sentiment_accused",
          "sentiment_accuser"));

  private final List<String> textFields;
  private final Map<String, Integer> highlightFields;
  private final String entityField;
  private final String caseField;
  private final String sentimentField;
  private final String actField;
  private final String modalityField;
  private final List<String> hitFields;

  SearchKind(
      List<String> textFields,
      Map<String, Integer> highlightFields,
      String entityField,
      String caseField,
      String sentimentField,
      String actField,
      String modalityField,
      List<String> hitFields) {
    this.textFields = textFields;
    this.highlightFields = highlightFields;
    this.entityField = entityField;
    this.caseField = caseField;
    this.sentimentField = sentimentField;
    this.actField = actField;
    this.modalityField = modalityField;
    this.hitFields = hitFields;
  }

  /** The fields search text is matched against, with boosts. */
  public List<String> textFields() {
    return textFields;
  }

  /** The fields highlighted, each with its number of fragments (0: the whole field). */
  Map<String, Integer> highlightFields() {
    return highlightFields;
  }

  String entityField() {
    return entityField;
  }

  String caseField() {
    return caseField;
  }

  String sentimentField() {
    return sentimentField;
  }

  /** The act field, or null when this kind has no act (documents). */
  String actField() {
    return actField;
  }

  /** The modality field, or null when this kind has none (documents). */
  String modalityField() {
    return modalityField;
  }

  /** The stored fields a hit returns (never a document body). */
  public List<String> hitFields() {
    return hitFields;
  }
}
