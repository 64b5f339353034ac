package org.casewatch.index.sink;

import java.util.Map;
import java.util.Objects;

/**
 * A whole-document {@code index} operation, a partial {@code update} of some fields of a stored
 * document, or a {@code delete}: where to write, under which id, and what.
 *
 * <p>A partial update ({@link #update}) sets only the fields it names, and fails (dead letter, 404)
 * when the document does not exist: use it for fields another step fills in later (the case ids of
 * a document), never to create a document. A delete ({@link #delete}) removes a document a step
 * wrote before and no longer has (a case whose records all moved away); deleting a document that is
 * not there succeeds, so a replay deletes the same.
 *
 * @param index the index or alias to write to
 * @param id the deterministic document id, so that a replay rewrites the same document
 * @param sourceUrl the URL the record came from, kept in its dead letter if the write fails
 * @param document the JSON document as maps, lists, strings, numbers and booleans; for an update,
 *     the update body ({@code {"doc": {fields}}}); for a delete, {@code {"delete": id}} (not sent,
 *     kept in a dead letter)
 * @param kind what the operation does
 */
public record IndexAction(
    String index, String id, String sourceUrl, Map<String, Object> document, Kind kind) {

  /** What an {@link IndexAction} does. */
  public enum Kind {
    /** Writes the whole document. */
    INDEX,
    /** Sets some fields of a stored document. */
    UPDATE,
    /** Deletes the document. */
    DELETE
  }

  /** A whole-document {@code index} operation. */
  public IndexAction(String index, String id, String sourceUrl, Map<String, Object> document) {
    this(index, id, sourceUrl, document, Kind.INDEX);
  }

  /**
   * A whole-document {@code index} operation, or a partial update when {@code partial} ({@code
   * document} is then the update body).
   */
  public IndexAction(
      String index, String id, String sourceUrl, Map<String, Object> document, boolean partial) {
    this(index, id, sourceUrl, document, partial ? Kind.UPDATE : Kind.INDEX);
  }

  /** A partial update setting {@code fields} of the stored document {@code id}. */
  public static IndexAction update(
      String index, String id, String sourceUrl, Map<String, Object> fields) {
    return new IndexAction(index, id, sourceUrl, Map.of("doc", fields), Kind.UPDATE);
  }

  /** A delete of the stored document {@code id}; a missing document counts as deleted. */
  public static IndexAction delete(String index, String id, String sourceUrl) {
    return new IndexAction(
        index, id, sourceUrl, Map.of("delete", id == null ? "" : id), Kind.DELETE);
  }

  public IndexAction {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(kind, "kind");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an index action needs a deterministic id");
    }
    sourceUrl = sourceUrl == null ? "" : sourceUrl;
  }

  /** Whether this is a partial {@code update}. */
  public boolean partial() {
    return kind == Kind.UPDATE;
  }
}
