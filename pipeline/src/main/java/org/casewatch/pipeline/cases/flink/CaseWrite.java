package org.casewatch.pipeline.cases.flink;

import java.io.Serializable;
import java.util.Objects;
import org.casewatch.model.AllegationCase;

/**
 * One write to the cases index from the case operator: a whole case document (a case or the stub of
 * a merged one), or the delete of a case document no case has any more.
 *
 * <p>Why one record for both: a case id can go and come back (a re-fetched article loses its only
 * claim, a later one brings it back), so its delete and its rewrite must reach Elasticsearch in the
 * order the operator made them. Both leave the one case operator in order through one sink.
 *
 * @param caseId the case id (the Elasticsearch {@code _id})
 * @param write the whole case document, or null for a delete
 */
public record CaseWrite(String caseId, AllegationCase write) implements Serializable {

  public CaseWrite {
    Objects.requireNonNull(caseId, "caseId");
    if (write != null && !caseId.equals(write.id())) {
      throw new IllegalArgumentException("case id " + caseId + " is not the case's " + write.id());
    }
  }

  /** The whole case document. */
  public static CaseWrite whole(AllegationCase c) {
    return new CaseWrite(c.id(), c);
  }

  /** The delete of case document {@code caseId}. */
  public static CaseWrite delete(String caseId) {
    return new CaseWrite(caseId, null);
  }

  /** Whether this deletes the case document. */
  public boolean isDelete() {
    return write == null;
  }
}
