package org.casewatch.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A participant of a {@link CaseEvent} with its role ({@code accused}, {@code accuser}, {@code
 * claimant}, {@code defendant}, {@code organisation}, {@code authority}).
 *
 * @param name the canonical name, or the description when the participant is unnamed
 * @param role the participant's role in the event
 */
public record EventParty(String name, String role) implements Serializable {

  public EventParty {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
