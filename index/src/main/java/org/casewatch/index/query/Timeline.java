package org.casewatch.index.query;

import java.util.List;

/**
 * A case with its events in order.
 *
 * @param summary the case
 * @param parties the case's parties with their roles (shown on the case page only)
 * @param entries the events, earliest first, reports of one event collapsed into one entry
 * @param eventCount how many event records the entries were built from
 * @param requestedId the id that was asked for, when it was a merged case followed to this one;
 *     otherwise null
 */
public record Timeline(
    CaseSummary summary,
    List<Party> parties,
    List<TimelineEntry> entries,
    int eventCount,
    String requestedId) {

  public Timeline {
    parties = List.copyOf(parties);
    entries = List.copyOf(entries);
  }
}
