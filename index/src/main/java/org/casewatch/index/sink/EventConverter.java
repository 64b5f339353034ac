package org.casewatch.index.sink;

import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.EventSource;
import org.casewatch.model.EventRecord;

/**
 * Writes an {@link EventRecord} to the {@code casewatch-events} alias under its deterministic event
 * id, so that re-annotating a document rewrites its events instead of adding copies.
 */
public final class EventConverter implements ElementConverter<EventRecord> {

  private static final long serialVersionUID = 1L;

  @Override
  public IndexAction convert(EventRecord event) {
    return new IndexAction(
        CasewatchIndex.EVENTS.alias(), event.id(), event.document().url(), EventSource.of(event));
  }
}
