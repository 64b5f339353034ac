package org.casewatch.pipeline.cases.flink;

import java.io.Serializable;
import java.util.Objects;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.sink.ClaimConverter;
import org.casewatch.index.sink.ElementConverter;
import org.casewatch.index.sink.EventConverter;
import org.casewatch.index.sink.IndexAction;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventRecord;

/**
 * One write to the claims or events index from the case operator: a claim or an event with its case
 * id, or the delete of a stored one its re-fetched document no longer has (an edited article lost a
 * sentence).
 *
 * <p>Why deletes: {@code casewatch cases rebuild} recomputes cases from the claims and events
 * indices, so a record the stream no longer holds must leave them, or the rebuild would bring back
 * its case. Why one record for writes and deletes: a record can be written, deleted and written
 * again (an article edited back), so they must stay in one ordered stream; key it by {@link #id()}
 * so one record's writes reach one sink subtask in the order the operator made them (which also
 * keeps a case-id rewrite after the first write of a claim).
 *
 * @param index {@link CasewatchIndex#CLAIMS} or {@link CasewatchIndex#EVENTS}
 * @param id the record id
 * @param claim the claim to write, or null
 * @param event the event to write, or null (both null: a delete)
 */
public record RecordWrite(CasewatchIndex index, String id, ClaimRecord claim, EventRecord event)
    implements Serializable {

  public RecordWrite {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(id, "id");
    if (claim != null && event != null) {
      throw new IllegalArgumentException("a record write is a claim or an event, not both");
    }
  }

  /** The claim, written whole with its case id. */
  public static RecordWrite of(ClaimRecord claim) {
    return new RecordWrite(CasewatchIndex.CLAIMS, claim.id(), claim, null);
  }

  /** The event, written whole with its case id. */
  public static RecordWrite of(EventRecord event) {
    return new RecordWrite(CasewatchIndex.EVENTS, event.id(), null, event);
  }

  /** The delete of stored record {@code id} of {@code index}. */
  public static RecordWrite delete(CasewatchIndex index, String id) {
    return new RecordWrite(index, id, null, null);
  }

  /** Whether this deletes the stored record. */
  public boolean isDelete() {
    return claim == null && event == null;
  }

  /**
   * Turns a {@link RecordWrite} into its index operation: the claim or event through {@link
   * ClaimConverter} or {@link EventConverter}, a delete into a bulk {@code delete} (a missing
   * record counts as done).
   */
  public static final class Converter implements ElementConverter<RecordWrite> {

    private static final long serialVersionUID = 1L;

    private final ClaimConverter claims = new ClaimConverter();
    private final EventConverter events = new EventConverter();

    @Override
    public IndexAction convert(RecordWrite write) {
      if (write.claim() != null) {
        return claims.convert(write.claim());
      }
      if (write.event() != null) {
        return events.convert(write.event());
      }
      return IndexAction.delete(write.index().alias(), write.id(), null);
    }
  }
}
