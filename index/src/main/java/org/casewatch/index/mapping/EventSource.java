package org.casewatch.index.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.EventParty;
import org.casewatch.model.EventRecord;

/**
 * The JSON shape of an {@link EventRecord} in the {@link CasewatchIndex#EVENTS} index.
 *
 * <p>Field names match {@code events-v1.json} ({@code dynamic: strict}). The event date is kept as
 * written ({@code date}, a partial ISO date) plus its first instant ({@code date_from}); {@code
 * date_kind} says whether the text dated the event ({@code incident}) or the publication date
 * stands in ({@code report}). Absent values are left out.
 */
public final class EventSource {

  /** The event id field; equals the Elasticsearch {@code _id}. */
  public static final String ID = "id";

  /** The id of the source document in {@code casewatch-documents}. */
  public static final String DOCUMENT_ID = ClaimSource.DOCUMENT_ID;

  /** The event type. */
  public static final String TYPE = "type";

  /** The evidence sentence. */
  public static final String QUOTE = "quote";

  /** The case id, absent before case assignment. */
  public static final String CASE_ID = "case_id";

  private EventSource() {}

  /** The index-ready JSON object of an event record. */
  public static Map<String, Object> of(EventRecord record) {
    CaseEvent event = record.event();
    Map<String, Object> source = new LinkedHashMap<>();
    source.put(ID, record.id());
    ClaimSource.putDocument(source, record.document(), false);
    source.put(TYPE, event.type());
    ClaimSource.putDate(source, "date", "date_from", event.date());
    source.put("date_kind", event.dateKind());
    List<Map<String, Object>> parties = new ArrayList<>(event.parties().size());
    for (EventParty party : event.parties()) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("name", party.name());
      map.put("role", party.role());
      parties.add(map);
    }
    source.put("parties", parties);
    source.put(QUOTE, event.evidence().text());
    source.put("evidence", ClaimSource.evidence(event.evidence()));
    source.put("confidence", event.confidence());
    ClaimSource.putIfPresent(source, CASE_ID, record.caseId());
    return source;
  }
}
