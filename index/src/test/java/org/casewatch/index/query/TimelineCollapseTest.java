package org.casewatch.index.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.casewatch.index.query.TimelineCollapse.Row;
import org.junit.jupiter.api.Test;

class TimelineCollapseTest {

  static final List<Party> ACCUSED = List.of(new Party("Alan Garside", "accused"));

  static Row row(
      String id,
      String type,
      String date,
      String kind,
      String source,
      String published,
      List<Party> parties,
      double confidence) {
    Instant from = Params.dateStart("date", date);
    return new Row(
        id,
        type,
        date,
        kind,
        from,
        parties,
        "quote " + id,
        confidence,
        new SourceLink(
            source,
            source,
            "https://" + source + "/" + id,
            Instant.parse(published + "T08:00:00Z"),
            "doc-" + id,
            id));
  }

  @Test
  void reportsOfOneEventCollapseIntoOneEntryWithEverySource() {
    List<TimelineEntry> entries =
        TimelineCollapse.collapse(
            List.of(
                row(
                    "a",
                    "convicted",
                    "2025-02-10",
                    "report",
                    "a.example",
                    "2025-02-10",
                    ACCUSED,
                    0.5),
                row(
                    "b",
                    "convicted",
                    "2025-02",
                    "incident",
                    "b.example",
                    "2025-02-12",
                    ACCUSED,
                    0.9),
                row(
                    "c",
                    "convicted",
                    "2025-02-11",
                    "report",
                    "c.example",
                    "2025-02-11",
                    ACCUSED,
                    0.7),
                // same URL twice (two sentences of one article): one source
                row(
                    "c",
                    "convicted",
                    "2025-02-11",
                    "report",
                    "c.example",
                    "2025-02-11",
                    ACCUSED,
                    0.1)));
    assertThat(entries).hasSize(1);
    TimelineEntry e = entries.get(0);
    assertThat(e.date()).isEqualTo("2025-02");
    assertThat(e.dateKind()).isEqualTo("incident");
    assertThat(e.quote()).isEqualTo("quote b");
    assertThat(e.sources())
        .extracting(SourceLink::source)
        .containsExactly("a.example", "c.example", "b.example");
  }

  @Test
  void differentTypesPartiesOrDistantDatesStaySeparate() {
    List<Party> other = List.of(new Party("Rafe Dunstable", "accused"));
    List<TimelineEntry> entries =
        TimelineCollapse.collapse(
            List.of(
                row(
                    "1",
                    "allegation",
                    "2023-09-01",
                    "report",
                    "a.example",
                    "2023-09-01",
                    ACCUSED,
                    1),
                row(
                    "2",
                    "allegation",
                    "2023-09-20",
                    "report",
                    "b.example",
                    "2023-09-20",
                    ACCUSED,
                    1),
                row(
                    "3",
                    "suspended",
                    "2023-09-02",
                    "report",
                    "a.example",
                    "2023-09-02",
                    ACCUSED,
                    1),
                row("4", "allegation", "2023-09-01", "report", "c.example", "2023-09-01", other, 1),
                row(
                    "5",
                    "charged",
                    "2024-04-10",
                    "incident",
                    "a.example",
                    "2024-04-10",
                    ACCUSED,
                    1),
                row(
                    "6",
                    "charged",
                    "2024-04-12",
                    "incident",
                    "b.example",
                    "2024-04-12",
                    ACCUSED,
                    1)));
    assertThat(entries)
        .extracting(TimelineEntry::type, TimelineEntry::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("allegation", "2023-09-01"),
            org.assertj.core.groups.Tuple.tuple("allegation", "2023-09-01"),
            org.assertj.core.groups.Tuple.tuple("suspended", "2023-09-02"),
            org.assertj.core.groups.Tuple.tuple("allegation", "2023-09-20"),
            org.assertj.core.groups.Tuple.tuple("charged", "2024-04-10"),
            org.assertj.core.groups.Tuple.tuple("charged", "2024-04-12"));
  }

  @Test
  void anIncidentAndALateReportAreDifferentEvents() {
    Row incident =
        row("1", "charged", "2024-05-14", "incident", "a.example", "2024-05-14", ACCUSED, 1);
    assertThat(
            TimelineCollapse.datesCompatible(
                incident,
                row("2", "charged", "2024-05-20", "report", "b.example", "2024-05-20", ACCUSED, 1)))
        .isTrue();
    assertThat(
            TimelineCollapse.datesCompatible(
                incident,
                row("3", "charged", "2024-06-30", "report", "b.example", "2024-06-30", ACCUSED, 1)))
        .isFalse();
    assertThat(
            TimelineCollapse.datesCompatible(
                incident,
                row("4", "charged", "2024-05-10", "report", "b.example", "2024-05-10", ACCUSED, 1)))
        .isFalse();
    Row year = row("5", "charged", "2024", "incident", "a.example", "2024-05-14", ACCUSED, 1);
    assertThat(
            TimelineCollapse.datesCompatible(
                year,
                row("6", "charged", "2024-11-30", "report", "b.example", "2024-11-30", ACCUSED, 1)))
        .isTrue();
    assertThat(
            TimelineCollapse.partiesCompatible(java.util.Set.of("a", "b"), java.util.Set.of("a")))
        .isTrue();
    assertThat(
            TimelineCollapse.partiesCompatible(
                java.util.Set.of("a", "b"), java.util.Set.of("a", "c")))
        .isFalse();
  }

  @Test
  void undatedEventsGoLast() {
    Row undated = new Row("u", "statement", null, "report", null, ACCUSED, "q", 1, null);
    List<TimelineEntry> entries =
        TimelineCollapse.collapse(
            List.of(
                undated,
                row(
                    "1",
                    "charged",
                    "2024-05-14",
                    "incident",
                    "a.example",
                    "2024-05-14",
                    ACCUSED,
                    1)));
    assertThat(entries).extracting(TimelineEntry::type).containsExactly("charged", "statement");
    assertThat(entries.get(1).sources()).isEmpty();
  }
}
