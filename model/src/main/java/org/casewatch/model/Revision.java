package org.casewatch.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One observed change of a document at its URL, found when the article was revisited: the body was
 * edited, the page was taken down, or it came back.
 *
 * <p>In this domain articles are edited and taken down, and that record is evidence, so revisions
 * are kept on the document ({@link Article#revisions()}) and indexed with it.
 *
 * @param at when the change was observed
 * @param kind one of {@link #KINDS}
 * @param httpStatus the HTTP status of the revisit (200, 404, 410, ...), or 0 when none applies
 * @param sizeChange the change in body length in characters (negative when text was removed)
 * @param bodyHash the body hash after the change, or null for a deletion
 */
public record Revision(Instant at, String kind, int httpStatus, int sizeChange, String bodyHash)
    implements Serializable {

  /** The body changed. */
  public static final String EDITED = "edited";

  /** The page is gone (404, 410). */
  public static final String DELETED = "deleted";

  /** A deleted page is back. */
  public static final String RESTORED = "restored";

  /** The revision kinds. */
  public static final Set<String> KINDS = Set.of(EDITED, DELETED, RESTORED);

  public Revision {
    Objects.requireNonNull(at, "at");
    Claim.requireIn(kind, KINDS, "kind");
    bodyHash = bodyHash == null || bodyHash.isBlank() ? null : bodyHash;
  }
}
