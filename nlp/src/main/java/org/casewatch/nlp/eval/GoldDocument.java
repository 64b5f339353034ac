package org.casewatch.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One document of the gold set with its resolved text.
 *
 * @param id the gold id ({@code bbc:val:12}, {@code metoo:14425}, {@code demo:news/...})
 * @param source {@code bbc}, {@code metoo} or {@code demo}
 * @param text the document text
 * @param published the publication date (demo only), or null
 * @param gold the gold line (claims and events)
 */
public record GoldDocument(
    String id, String source, String text, LocalDate published, JsonNode gold) {

  public GoldDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(gold, "gold");
  }
}
