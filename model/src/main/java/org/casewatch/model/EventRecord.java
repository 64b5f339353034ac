package org.casewatch.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One case event as its own indexed record, linked to its source document: what the events sink
 * writes to {@code casewatch-events}.
 *
 * <p>Built from an {@link AnnotatedDocument} by {@link #of(AnnotatedDocument)}, one per event,
 * under the deterministic {@link Ids#eventId(String, CaseEvent)}; the case step sets {@code caseId}
 * with {@link #withCaseId(String)} before the sink.
 *
 * @param id the event id ({@link Ids#eventId(String, CaseEvent)})
 * @param document the source document
 * @param event the event
 * @param caseId the case the event was assigned to, or null before the case step
 */
public record EventRecord(String id, DocumentRef document, CaseEvent event, String caseId)
    implements Serializable {

  public EventRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(event, "event");
    caseId = caseId == null || caseId.isBlank() ? null : caseId;
  }

  /**
   * The events of a document, in text order; events with the same id (same type and evidence
   * sentence) are kept once.
   */
  public static List<EventRecord> of(AnnotatedDocument document) {
    DocumentRef ref = DocumentRef.of(document);
    Map<String, EventRecord> records = new LinkedHashMap<>();
    for (CaseEvent event : document.analysis().events()) {
      String id = Ids.eventId(ref.id(), event);
      records.putIfAbsent(id, new EventRecord(id, ref, event, null));
    }
    return new ArrayList<>(records.values());
  }

  /** This event assigned to a case. */
  public EventRecord withCaseId(String newCaseId) {
    return new EventRecord(id, document, event, newCaseId);
  }
}
