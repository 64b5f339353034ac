package org.casewatch.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A named entity found in a document.
 *
 * @param text the entity as written in the text
 * @param type the entity kind
 * @param canonicalName the name this mention resolves to within the document (for example the
 *     longest full form of a person's name); equal to {@code text} when nothing better is known
 * @param begin character offset of the first character in the document body
 * @param end character offset one past the last character
 */
public record EntityMention(String text, EntityType type, String canonicalName, int begin, int end)
    implements Serializable {

  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    canonicalName = canonicalName == null || canonicalName.isBlank() ? text : canonicalName;
  }
}
