package org.casewatch.index.query;

import java.time.Instant;
import java.util.List;

/**
 * One event of a case's timeline, however many outlets reported it.
 *
 * @param date the event's date as precise as it is known ({@code 2024}, {@code 2024-05}, {@code
 *     2024-05-14})
 * @param dateKind {@code incident} when the text dates the event itself, {@code report} when only
 *     the report's publication date is known
 * @param dateFrom the first instant the date covers, for ordering
 * @param type the event type ({@code allegation}, {@code charged}, {@code convicted}, ...)
 * @param parties the parties, as reported, without repeats
 * @param quote the sentence of the most confident report (an allegation is shown as alleged)
 * @param sources every report of it, oldest first, one per URL
 */
public record TimelineEntry(
    String date,
    String dateKind,
    Instant dateFrom,
    String type,
    List<Party> parties,
    String quote,
    List<SourceLink> sources) {

  public TimelineEntry {
    parties = List.copyOf(parties);
    sources = List.copyOf(sources);
  }
}
