package org.casewatch.nlp.allegation.internal;

import org.casewatch.model.ClaimParty;

/**
 * A resolved party of a claim or event, with how it was resolved.
 *
 * @param party the name and mention
 * @param how how the name was found
 * @param token the head token index in its sentence
 */
public record Party(ClaimParty party, How how, int token) {

  /** How a party was resolved, from most to least certain. */
  public enum How {
    /** The node is (part of) a PERSON entity. */
    NAME,
    /** A definite description tied to exactly one name of the document. */
    TITLE,
    /** A pronoun resolved to an earlier party. */
    PRONOUN,
    /** A description without a name. */
    DESCRIPTION,
    /** A pronoun with nothing to resolve it to. */
    BARE_PRONOUN,
    /** An organisation. */
    ORGANISATION
  }
}
