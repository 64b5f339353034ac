package org.casewatch.index.query;

import java.util.List;
import java.util.Map;

/**
 * One record a search found.
 *
 * <p>{@code fields} holds the stored fields of {@link SearchKind#hitFields()} as parsed JSON
 * (strings, numbers, booleans, lists and maps), never a document body. In claims, an accuser who is
 * not a public figure is reduced to {@code {"public_figure": false}}. {@code highlights} maps a
 * field to its matching fragments, already HTML-encoded by Elasticsearch with the matches wrapped
 * in {@code <mark>}: safe to put into HTML as they are, and not to be escaped again.
 *
 * @param id the record id
 * @param score the relevance score (0 when sorted by date)
 * @param fields the stored fields
 * @param highlights HTML-encoded fragments per field; empty without search text
 */
public record SearchHit(
    String id, double score, Map<String, Object> fields, Map<String, List<String>> highlights) {

  public SearchHit {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    highlights = Map.copyOf(highlights);
  }

  /** A stored field as text, or {@code ""} when absent. */
  public String text(String field) {
    Object value = fields.get(field);
    return value == null ? "" : value.toString();
  }
}
