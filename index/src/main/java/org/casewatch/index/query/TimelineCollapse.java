package org.casewatch.index.query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collapses event records (one per event per article) into timeline entries (one per event).
 *
 * <p>How: events are taken in date order; an event joins an existing entry when it has the same
 * type, compatible parties (the same names, or one set inside the other) and a compatible date, and
 * otherwise opens a new entry. Two incident dates are compatible when one contains the other
 * ({@code 2024-05} and {@code 2024-05-14}); two report dates when they lie within **3 days**
 * (outlets report the same event a day or two apart); an incident date and a report date when the
 * report falls within the incident's period or up to **14 days** after it. An entry keeps the most
 * precise incident date it saw, else its earliest report date; its quote is that of the most
 * confident report; its sources are every distinct URL, oldest first.
 *
 * <p>Late mentions: an event that would open a new entry more than 14 days after an entry of the
 * same type is folded into that entry (adding its source, not its date or quote) when it is a
 * mention of the same step rather than a new one:
 *
 * <ul>
 *   <li>the type happens once per case, per set of charges or per accuser (a charge, an arrest, a
 *       lawsuit, a firing, an accusation: {@link TimelineCollapseRules#RECURRENCE}) and the event
 *       is not dated on its own: a report date, no date, or an incident date that is its article's
 *       news peg (within **7 days** before the publication); or the type lasts (a police or
 *       internal investigation), and then any later date is its progress;
 *   <li>the parties overlap (a name or surname in common, or no names) and no accuser, claimant or
 *       defendant is named differently;
 *   <li>the quote does not mark a new one ("second", "new", "further", "another", "again",
 *       "retrial", "reopened", "two more women"...).
 * </ul>
 *
 * When several entries qualify, the latest one takes it. Statements, denials, apologies and policy
 * changes repeat, so they keep the date rules alone; so does a one-off event with its own explicit
 * date more than a week before its article (a second charge in August, told in October).
 *
 * <p>Why not group by exact date: partial dates and report delays make the same charge appear under
 * "2024-05", "2024-05-14" and a report date of 2024-05-15. Why fold late mentions: articles retell
 * the earlier steps of a case ("three weeks after prosecutors dropped the charge"), and each
 * retelling would otherwise be an entry of its own, months after the event.
 */
final class TimelineCollapse {

  /** How far apart two report dates of one event may be: **3 days**. */
  static final Duration REPORT_WINDOW = Duration.ofDays(3);

  /** How long after an incident's period a report of it may come: **14 days**. */
  static final Duration REPORT_DELAY = Duration.ofDays(14);

  static final String INCIDENT = "incident";

  private TimelineCollapse() {}

  /** One event record as read from the events index. */
  record Row(
      String id,
      String type,
      String date,
      String dateKind,
      Instant dateFrom,
      List<Party> parties,
      String quote,
      double confidence,
      SourceLink source) {}

  static List<TimelineEntry> collapse(List<Row> rows) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparing(
                TimelineCollapse::from, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.id() == null ? "" : r.id()));
    List<Group> groups = new ArrayList<>();
    for (Row row : sorted) {
      Group home = null;
      for (Group group : groups) {
        if (joins(group.rows, row)) {
          home = group;
          break;
        }
      }
      if (home != null) {
        home.rows.add(row);
        continue;
      }
      Group mentioned = mentioned(groups, row);
      if (mentioned != null) {
        mentioned.mentions.add(row);
        continue;
      }
      Group group = new Group();
      group.rows.add(row);
      groups.add(group);
    }
    List<TimelineEntry> entries = new ArrayList<>();
    for (Group group : groups) {
      entries.add(entry(group));
    }
    entries.sort(
        Comparator.comparing(
                TimelineEntry::dateFrom, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> firstPublished(e), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineEntry::type));
    return entries;
  }

  /**
   * The entry {@code row} is a late mention of, or null: the latest entry of the same type that
   * started more than {@link #REPORT_DELAY} before it, when the row is a mention of that step (see
   * the class comment).
   */
  private static Group mentioned(List<Group> groups, Row row) {
    TimelineCollapseRules.Recurrence recurrence = TimelineCollapseRules.recurrence(row.type());
    if (recurrence == TimelineCollapseRules.Recurrence.REPEATING
        || TimelineCollapseRules.marksNew(row.quote())) {
      return null;
    }
    Instant start = from(row);
    if (recurrence == TimelineCollapseRules.Recurrence.ONE_OFF
        && !TimelineCollapseRules.datedByPublication(
            row, start, start == null ? null : end(row.date(), start))) {
      return null;
    }
    Group found = null;
    Instant foundStart = null;
    for (Group group : groups) {
      Row first = group.rows.get(0);
      Instant groupStart = from(first);
      if (!first.type().equals(row.type())
          || groupStart == null
          || (start != null && groupStart.plus(REPORT_DELAY).isAfter(start))
          || !TimelineCollapseRules.partiesOverlap(parties(group.rows), row.parties())) {
        continue;
      }
      if (found == null || groupStart.isAfter(foundStart)) {
        found = group;
        foundStart = groupStart;
      }
    }
    return found;
  }

  private static List<Party> parties(List<Row> rows) {
    List<Party> parties = new ArrayList<>();
    for (Row row : rows) {
      parties.addAll(row.parties());
    }
    return parties;
  }

  private static boolean joins(List<Row> group, Row row) {
    Row first = group.get(0);
    if (!first.type().equals(row.type())) {
      return false;
    }
    if (!partiesCompatible(names(group), names(List.of(row)))) {
      return false;
    }
    for (Row member : group) {
      if (datesCompatible(member, row)) {
        return true;
      }
    }
    return false;
  }

  static boolean partiesCompatible(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || a.containsAll(b) || b.containsAll(a);
  }

  static boolean datesCompatible(Row a, Row b) {
    Instant fa = from(a);
    Instant fb = from(b);
    if (fa == null || fb == null) {
      return fa == null && fb == null;
    }
    boolean ia = INCIDENT.equals(a.dateKind());
    boolean ib = INCIDENT.equals(b.dateKind());
    if (ia && ib) {
      String da = a.date() == null ? "" : a.date();
      String db = b.date() == null ? "" : b.date();
      return !da.isEmpty() && !db.isEmpty() && (da.startsWith(db) || db.startsWith(da));
    }
    if (!ia && !ib) {
      return Duration.between(fa, fb).abs().compareTo(REPORT_WINDOW) <= 0;
    }
    Row incident = ia ? a : b;
    Instant report = ia ? fb : fa;
    Instant start = from(incident);
    Instant end = end(incident.date(), start).plus(REPORT_DELAY);
    return !report.isBefore(start) && report.isBefore(end);
  }

  private static TimelineEntry entry(Group g) {
    List<Row> group = g.rows;
    Row dated = null;
    for (Row row : group) {
      if (INCIDENT.equals(row.dateKind())
          && (dated == null
              || !INCIDENT.equals(dated.dateKind())
              || length(row.date()) > length(dated.date()))) {
        dated = row;
      } else if (dated == null) {
        dated = row;
      }
    }
    Row quoted = group.get(0);
    for (Row row : group) {
      if (row.confidence() > quoted.confidence()) {
        quoted = row;
      }
    }
    Map<String, Party> parties = new LinkedHashMap<>();
    Map<String, SourceLink> sources = new LinkedHashMap<>();
    List<Row> all = new ArrayList<>(group);
    all.addAll(g.mentions);
    for (Row row : all) {
      for (Party p : row.parties()) {
        parties.putIfAbsent(key(p.name()) + "\u0000" + p.role(), p);
      }
      if (row.source() != null) {
        String url = row.source().url() == null ? row.id() : row.source().url();
        sources.putIfAbsent(url, row.source());
      }
    }
    List<SourceLink> links = new ArrayList<>(sources.values());
    links.sort(
        Comparator.comparing(
                SourceLink::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> s.url() == null ? "" : s.url()));
    return new TimelineEntry(
        dated.date(),
        dated.dateKind(),
        from(dated),
        dated.type(),
        new ArrayList<>(parties.values()),
        quoted.quote(),
        links);
  }

  /**
   * The reports of one entry: the rows that date it, and the late mentions folded into it, which
   * add their sources and parties but neither date, quote nor date compatibility.
   */
  private static final class Group {
    final List<Row> rows = new ArrayList<>();
    final List<Row> mentions = new ArrayList<>();
  }

  private static Instant firstPublished(TimelineEntry e) {
    return e.sources().isEmpty() ? null : e.sources().get(0).publishedAt();
  }

  private static Set<String> names(List<Row> rows) {
    Set<String> names = new LinkedHashSet<>();
    for (Row row : rows) {
      for (Party p : row.parties()) {
        if (p.name() != null && !p.name().isBlank()) {
          names.add(key(p.name()));
        }
      }
    }
    return names;
  }

  private static String key(String name) {
    return TimelineCollapseRules.key(name);
  }

  private static int length(String date) {
    return date == null ? 0 : date.length();
  }

  /** The row's first instant: its {@code date_from}, else the start of its date string. */
  private static Instant from(Row row) {
    if (row.dateFrom() != null) {
      return row.dateFrom();
    }
    try {
      return row.date() == null ? null : Params.dateStart("date", row.date());
    } catch (InvalidParameterException e) {
      return null;
    }
  }

  /** The end of the period a partial date names; a full date's day; else {@code start}. */
  static Instant end(String date, Instant start) {
    if (date != null) {
      try {
        if (date.matches("\\d{4}")) {
          return LocalDate.of(Integer.parseInt(date), 1, 1)
              .plusYears(1)
              .atStartOfDay()
              .toInstant(ZoneOffset.UTC);
        }
        if (date.matches("\\d{4}-\\d{2}")) {
          return YearMonth.parse(date)
              .plusMonths(1)
              .atDay(1)
              .atStartOfDay()
              .toInstant(ZoneOffset.UTC);
        }
      } catch (java.time.DateTimeException e) {
        // fall through to the day after start
      }
    }
    return start.plus(Duration.ofDays(1));
  }
}
