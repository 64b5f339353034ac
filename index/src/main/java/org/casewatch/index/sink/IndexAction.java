package org.casewatch.index.sink;

import java.util.Map;
import java.util.Objects;

/**
 * A whole-document {@code index} operation: where to write, under which id, and what.
 *
 * @param index the index or alias to write to
 * @param id the deterministic document id, so that a replay rewrites the same document
 * @param sourceUrl the URL the record came from, kept in its dead letter if the write fails
 * @param document the JSON document as maps, lists, strings, numbers and booleans
 */
public record IndexAction(String index, String id, String sourceUrl, Map<String, Object> document) {

  public IndexAction {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(document, "document");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an index action needs a deterministic id");
    }
    sourceUrl = sourceUrl == null ? "" : sourceUrl;
  }
}
