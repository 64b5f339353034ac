package org.casewatch.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * The sentiment of a document toward one party of its claims: the mean score of the sentences that
 * mention the party.
 *
 * @param party the party's canonical name or description
 * @param role {@code accused} or {@code accuser}
 * @param score the mean sentence score in [-1, 1]
 * @param sentences how many scored sentences mention the party
 */
public record PartySentiment(String party, String role, double score, int sentences)
    implements Serializable {

  public PartySentiment {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(role, "role");
    if (!(score >= -1 && score <= 1) || sentences < 1) {
      throw new IllegalArgumentException("bad party sentiment " + score + " over " + sentences);
    }
  }
}
