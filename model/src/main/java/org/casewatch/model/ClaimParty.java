package org.casewatch.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One side of an allegation claim: the accused or the accuser.
 *
 * <p>{@code mention} is always the words the text uses ("Graham Vellacott", "her manager", "a
 * 24-year-old dancer"). {@code name} is the canonical full name of the person within the document,
 * set only when the link from the mention to a named entity is confident; otherwise it is null and
 * the party is known by its description alone.
 *
 * @param name the canonical name, or null when the party is unnamed or the link is uncertain
 * @param mention the words of the text that refer to the party
 */
public record ClaimParty(String name, String mention) implements Serializable {

  public ClaimParty {
    Objects.requireNonNull(mention, "mention");
    if (mention.isBlank()) {
      throw new IllegalArgumentException("mention must not be blank");
    }
    name = name == null || name.isBlank() ? null : name;
  }

  /** The name when known, else the mention: the key claims are matched and counted by. */
  public String key() {
    return name != null ? name : mention;
  }
}
