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
                    "conviction",
                    "2025-02-10",
                    "report",
                    "a.example",
                    "2025-02-10",
                    ACCUSED,
                    0.5),
                row(
                    "b",
                    "conviction",
                    "2025-02",
                    "incident",
                    "b.example",
                    "2025-02-12",
                    ACCUSED,
                    0.9),
                row(
                    "c",
                    "conviction",
                    "2025-02-11",
                    "report",
                    "c.example",
                    "2025-02-11",
                    ACCUSED,
                    0.7),
                // same URL twice (two sentences of one article): one source
                row(
                    "c",
                    "conviction",
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
                row("1", "denial", "2023-09-01", "report", "a.example", "2023-09-01", ACCUSED, 1),
                row("2", "denial", "2023-09-20", "report", "b.example", "2023-09-20", ACCUSED, 1),
                row(
                    "3",
                    "suspension",
                    "2023-09-02",
                    "report",
                    "a.example",
                    "2023-09-02",
                    ACCUSED,
                    1),
                row("4", "denial", "2023-09-01", "report", "c.example", "2023-09-01", other, 1),
                row("5", "charge", "2024-04-10", "incident", "a.example", "2024-04-10", ACCUSED, 1),
                row(
                    "6",
                    "charge",
                    "2024-04-12",
                    "incident",
                    "b.example",
                    "2024-04-12",
                    ACCUSED,
                    1)));
    assertThat(entries)
        .extracting(TimelineEntry::type, TimelineEntry::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("denial", "2023-09-01"),
            org.assertj.core.groups.Tuple.tuple("denial", "2023-09-01"),
            org.assertj.core.groups.Tuple.tuple("suspension", "2023-09-02"),
            org.assertj.core.groups.Tuple.tuple("denial", "2023-09-20"),
            org.assertj.core.groups.Tuple.tuple("charge", "2024-04-10"),
            org.assertj.core.groups.Tuple.tuple("charge", "2024-04-12"));
  }

  /**
   * The date rule alone: a report joins an incident up to 14 days after it. A later report is
   * folded, or not, by the late-mention rule ({@link #aLateReportOfAChargeFoldsIntoTheDatedCharge}
   * and the tests after it), which depends on the type, the parties and the quote.
   */
  @Test
  void datesAloneJoinAReportOnlyWithin14DaysOfTheIncident() {
    Row incident =
        row("1", "charge", "2024-05-14", "incident", "a.example", "2024-05-14", ACCUSED, 1);
    assertThat(
            TimelineCollapse.datesCompatible(
                incident,
                row("2", "charge", "2024-05-20", "report", "b.example", "2024-05-20", ACCUSED, 1)))
        .isTrue();
    assertThat(
            TimelineCollapse.datesCompatible(
                incident,
                row("3", "charge", "2024-06-30", "report", "b.example", "2024-06-30", ACCUSED, 1)))
        .isFalse();
    assertThat(
            TimelineCollapse.datesCompatible(
                incident,
                row("4", "charge", "2024-05-10", "report", "b.example", "2024-05-10", ACCUSED, 1)))
        .isFalse();
    Row year = row("5", "charge", "2024", "incident", "a.example", "2024-05-14", ACCUSED, 1);
    assertThat(
            TimelineCollapse.datesCompatible(
                year,
                row("6", "charge", "2024-11-30", "report", "b.example", "2024-11-30", ACCUSED, 1)))
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
                    "charge",
                    "2024-05-14",
                    "incident",
                    "a.example",
                    "2024-05-14",
                    ACCUSED,
                    1)));
    assertThat(entries).extracting(TimelineEntry::type).containsExactly("charge", "statement");
    assertThat(entries.get(1).sources()).isEmpty();
  }

  private static List<Party> parties(String... nameRole) {
    List<Party> parties = new java.util.ArrayList<>();
    for (int i = 0; i < nameRole.length; i += 2) {
      parties.add(new Party(nameRole[i], nameRole[i + 1]));
    }
    return parties;
  }

  private static Row quoted(Row r, String quote) {
    return new Row(
        r.id(),
        r.type(),
        r.date(),
        r.dateKind(),
        r.dateFrom(),
        r.parties(),
        quote,
        r.confidence(),
        r.source());
  }

  private static final Row CHARGE =
      row("1", "charge", "2024-05-17", "incident", "a.example", "2024-05-21", ACCUSED, 0.9);

  @Test
  void aLateReportOfAChargeFoldsIntoTheDatedCharge() {
    List<TimelineEntry> entries =
        TimelineCollapse.collapse(
            List.of(
                CHARGE,
                // Four months later, dated only by its article: the same charge, retold.
                row("2", "charge", "2024-09-09", "report", "b.example", "2024-09-09", ACCUSED, 1),
                // An article's news peg ("on Monday", two days before it): still a mention.
                row("3", "charge", "2024-11-18", "incident", "c.example", "2024-11-20", ACCUSED, 1),
                // No date at all.
                new Row(
                    "4",
                    "charge",
                    null,
                    "report",
                    null,
                    List.of(new Party("Garside", "accused")),
                    "quote 4",
                    1,
                    new SourceLink(
                        "d.example", "d.example", "https://d.example/4", null, "d", "4"))));
    assertThat(entries).hasSize(1);
    TimelineEntry e = entries.get(0);
    assertThat(e.date()).isEqualTo("2024-05-17");
    assertThat(e.dateKind()).isEqualTo("incident");
    // The mentions add their sources, not their quote (row 2 is more confident).
    assertThat(e.quote()).isEqualTo("quote 1");
    assertThat(e.sources())
        .extracting(SourceLink::source)
        .containsExactly("a.example", "b.example", "c.example", "d.example");
  }

  @Test
  void aLateMentionThatIsANewChargeStaysItsOwnEntry() {
    List<TimelineEntry> entries =
        TimelineCollapse.collapse(
            List.of(
                CHARGE,
                // Its quote says so.
                quoted(
                    row(
                        "2",
                        "charge",
                        "2024-09-09",
                        "report",
                        "b.example",
                        "2024-09-09",
                        ACCUSED,
                        1),
                    "He now faces further charges relating to a second woman."),
                // Its own explicit date, long before its article: a second charge told later.
                row("3", "charge", "2024-08-01", "incident", "c.example", "2024-10-01", ACCUSED, 1),
                // Another person's charge.
                row(
                    "4",
                    "charge",
                    "2024-10-02",
                    "report",
                    "d.example",
                    "2024-10-02",
                    parties("Mara Quill", "accused"),
                    1)));
    assertThat(entries)
        .extracting(TimelineEntry::date)
        .containsExactly("2024-05-17", "2024-08-01", "2024-09-09", "2024-10-02");
  }

  @Test
  void anAppealsRetrialIsANewTrial() {
    Row trial = row("1", "trial", "2025-01-13", "incident", "a.example", "2025-01-13", ACCUSED, 1);
    Row mention = row("2", "trial", "2025-04-08", "report", "b.example", "2025-04-08", ACCUSED, 1);
    Row retrial =
        quoted(
            row("3", "trial", "2025-11-03", "report", "c.example", "2025-11-03", ACCUSED, 1),
            "His retrial opened at Eastmoor Crown Court on Monday.");
    assertThat(TimelineCollapse.collapse(List.of(trial, mention, retrial)))
        .extracting(TimelineEntry::date)
        .containsExactly("2025-01-13", "2025-11-03");
  }

  @Test
  void aLawsuitByAnotherClaimantIsAnotherLawsuit() {
    List<Party> tarrant = parties("Imogen Tarrant", "claimant", "Graham Vellacott", "defendant");
    Row suit =
        row("1", "civil_lawsuit", "2023-10-13", "incident", "a.example", "2023-10-17", tarrant, 1);
    // The claimant described rather than named is no other claimant: folded.
    Row described =
        row(
            "2",
            "civil_lawsuit",
            "2024-11-18",
            "incident",
            "b.example",
            "2024-11-19",
            parties("the woman", "claimant", "Vellacott", "defendant"),
            1);
    Row other =
        row(
            "3",
            "civil_lawsuit",
            "2024-12-02",
            "report",
            "c.example",
            "2024-12-02",
            parties("Lena Marsh", "claimant", "Graham Vellacott", "defendant"),
            1);
    List<TimelineEntry> entries = TimelineCollapse.collapse(List.of(suit, described, other));
    assertThat(entries).extracting(TimelineEntry::date).containsExactly("2023-10-13", "2024-12-02");
    assertThat(entries.get(0).sources())
        .extracting(SourceLink::source)
        .containsExactly("a.example", "b.example");
  }

  @Test
  void anInvestigationsLaterDatedMentionsAreItsProgressUnlessReopened() {
    Row opened =
        row(
            "1",
            "police_investigation",
            "2023-06-05",
            "incident",
            "a.example",
            "2023-06-06",
            ACCUSED,
            1);
    Row continuing =
        row(
            "2",
            "police_investigation",
            "2023-09",
            "incident",
            "b.example",
            "2023-10-17",
            ACCUSED,
            1);
    Row reopened =
        quoted(
            row(
                "3",
                "police_investigation",
                "2025-02-01",
                "incident",
                "c.example",
                "2025-02-03",
                ACCUSED,
                1),
            "Police have reopened the investigation.");
    assertThat(TimelineCollapse.collapse(List.of(opened, continuing, reopened)))
        .extracting(TimelineEntry::date)
        .containsExactly("2023-06-05", "2025-02-01");
  }

  @Test
  void repeatingTypesKeepTheDateRulesAlone() {
    Row denial = row("1", "denial", "2024-02-13", "report", "a.example", "2024-02-13", ACCUSED, 1);
    Row again = row("2", "denial", "2024-05-21", "report", "b.example", "2024-05-21", ACCUSED, 1);
    Row apology =
        row("3", "apology", "2024-09-30", "incident", "c.example", "2024-10-01", ACCUSED, 1);
    Row apologyAgain =
        row("4", "apology", "2024-12-01", "report", "d.example", "2024-12-01", ACCUSED, 1);
    assertThat(TimelineCollapse.collapse(List.of(denial, again, apology, apologyAgain))).hasSize(4);
    // An unknown type is treated as repeating.
    assertThat(TimelineCollapseRules.recurrence("rumour"))
        .isEqualTo(TimelineCollapseRules.Recurrence.REPEATING);
  }

  @Test
  void aLateMentionGoesToTheLatestEarlierEntryOfItsType() {
    Row first = row("1", "arrest", "2023-02-23", "incident", "a.example", "2023-02-27", ACCUSED, 1);
    Row second =
        quoted(
            row("2", "arrest", "2024-03-02", "incident", "b.example", "2024-03-04", ACCUSED, 1),
            "He was arrested again on Saturday.");
    Row mention = row("3", "arrest", "2024-06-10", "report", "c.example", "2024-06-10", ACCUSED, 1);
    List<TimelineEntry> entries = TimelineCollapse.collapse(List.of(first, second, mention));
    assertThat(entries).extracting(TimelineEntry::date).containsExactly("2023-02-23", "2024-03-02");
    assertThat(entries.get(1).sources())
        .extracting(SourceLink::source)
        .containsExactly("b.example", "c.example");
  }

  @Test
  void newEventWordsAndPartyConflicts() {
    assertThat(TimelineCollapseRules.marksNew("He faces new charges.")).isTrue();
    assertThat(TimelineCollapseRules.marksNew("New allegations emerged on Monday.")).isTrue();
    assertThat(TimelineCollapseRules.marksNew("as two more women come forward")).isTrue();
    assertThat(TimelineCollapseRules.marksNew("He was re-arrested in June.")).isTrue();
    assertThat(TimelineCollapseRules.marksNew("He flew to New York after he was charged."))
        .isFalse();
    assertThat(TimelineCollapseRules.marksNew("less than a month before he was due to stand trial"))
        .isFalse();
    assertThat(TimelineCollapseRules.marksNew("more than a year after the charge")).isFalse();
    assertThat(TimelineCollapseRules.marksNew(null)).isFalse();

    assertThat(TimelineCollapseRules.partiesOverlap(ACCUSED, List.of())).isTrue();
    assertThat(
            TimelineCollapseRules.partiesOverlap(
                parties("Rafe Dunstable", "accused"), parties("Dunstable", "accused")))
        .isTrue();
    assertThat(
            TimelineCollapseRules.partiesOverlap(
                parties("Rafe Dunstable", "accused"), parties("Mara Quill", "accused")))
        .isFalse();
    assertThat(
            TimelineCollapseRules.partiesOverlap(
                parties("Alan Garside", "accused", "Jo Penn", "accuser"),
                parties("Alan Garside", "accused", "two women", "accuser")))
        .isTrue();
    assertThat(
            TimelineCollapseRules.partiesOverlap(
                parties("Alan Garside", "accused", "Jo Penn", "accuser"),
                parties("Alan Garside", "accused", "Ann Lee", "accuser")))
        .isFalse();
  }
}
