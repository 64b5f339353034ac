package org.casewatch.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * An article with its annotations: what the sink writes to the {@code documents} index.
 *
 * @param article the extracted article
 * @param annotations what the NLP step found in it
 */
public record AnnotatedDocument(Article article, Annotations annotations) implements Serializable {

  public AnnotatedDocument {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(annotations, "annotations");
  }

  /** The deterministic document id, from the canonical URL. */
  public String id() {
    return article.id();
  }
}
