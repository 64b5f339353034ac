package org.casewatch.index.sink;

import java.util.Map;
import java.util.Objects;

/**
 * A whole-document {@code index} operation, or a partial {@code update} of some fields of a stored
 * document: where to write, under which id, and what.
 *
 * <p>A partial update ({@link #update}) sets only the fields it names, and fails (dead letter, 404)
 * when the document does not exist: use it for fields another step fills in later (the case ids of
 * a document), never to create a document.
 *
 * @param index the index or alias to write to
 * @param id the deterministic document id, so that a replay rewrites the same document
 * @param sourceUrl the URL the record came from, kept in its dead letter if the write fails
 * @param document the JSON document as maps, lists, strings, numbers and booleans; for an update,
 *     the update body ({@code {"doc": {fields}}})
 * @param partial true for a partial {@code update}, false for a whole-document {@code index}
 */
public record IndexAction(
    String index, String id, String sourceUrl, Map<String, Object> document, boolean partial) {

  /** A whole-document {@code index} operation. */
  public IndexAction(String index, String id, String sourceUrl, Map<String, Object> document) {
    this(index, id, sourceUrl, document, false);
  }

  /** A partial update setting {@code fields} of the stored document {@code id}. */
  public static IndexAction update(
      String index, String id, String sourceUrl, Map<String, Object> fields) {
    return new IndexAction(index, id, sourceUrl, Map.of("doc", fields), true);
  }

  public IndexAction {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(document, "document");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an index action needs a deterministic id");
    }
    sourceUrl = sourceUrl == null ? "" : sourceUrl;
  }
}
