package org.casewatch.index.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casewatch.index.query.QueryFixtures.caseDoc;
import static org.casewatch.index.query.QueryFixtures.event;
import static org.casewatch.index.query.QueryFixtures.party;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.Indices;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ElasticsearchExtension.class)
class CaseQueriesITCase {

  private static CaseQueries cases;

  static Instant at(String date) {
    return Instant.parse(date + "T00:00:00Z");
  }

  @BeforeAll
  static void indexFixtures(ElasticsearchClient client) throws IOException {
    Indices.reset(client);
    cases = new CaseQueries(client);
    List<Map<String, Object>> caseDocs = new ArrayList<>();
    caseDocs.add(
        caseDoc(
            "case-garside",
            "Alan Garside",
            "convicted",
            List.of("sexual_assault"),
            List.of("University of Eastmoor"),
            at("2023-09-01"),
            at("2025-02-10"),
            4,
            List.of("gb")));
    caseDocs.add(
        caseDoc(
            "case-dunstable",
            "Rafe Dunstable",
            "charges_dropped",
            List.of("sexual_assault"),
            List.of("Quayside Playhouse"),
            at("2024-02-01"),
            at("2024-10-05"),
            6,
            List.of("gb")));
    caseDocs.add(
        caseDoc(
            "case-vellacott",
            "Graham Vellacott",
            "settled",
            List.of("sexual_harassment"),
            List.of("Corvane Shipping Group"),
            at("2023-03-01"),
            at("2024-11-20"),
            2,
            List.of("gb")));
    Map<String, Object> stub =
        caseDoc(
            "case-old",
            "G. Vellacott",
            "merged",
            List.of("sexual_harassment"),
            List.of(),
            at("2023-03-02"),
            at("2023-03-02"),
            1,
            List.of());
    stub.put("merged_into", "case-vellacott");
    caseDocs.add(stub);
    QueryFixtures.load(client, CasewatchIndex.CASES, caseDocs);

    List<Map<String, Object>> party = List.of(party("Rafe Dunstable", "accused"));
    List<Map<String, Object>> partyAndPolice =
        List.of(party("Rafe Dunstable", "accused"), party("Wrenmouth Police", "authority"));
    QueryFixtures.load(
        client,
        CasewatchIndex.EVENTS,
        List.of(
            // One allegation, reported by two outlets a day apart (report dates).
            event(
                "e1",
                "case-dunstable",
                "allegation",
                "2024-02-01",
                "report",
                at("2024-02-01"),
                "a.example",
                at("2024-02-01"),
                party,
                "She alleged he assaulted her.",
                0.7),
            event(
                "e2",
                "case-dunstable",
                "allegation",
                "2024-02-02",
                "report",
                at("2024-02-02"),
                "b.example",
                at("2024-02-02"),
                party,
                "A colleague alleged an assault.",
                0.9),
            // The charge: a partial incident date, an exact one and a report two days later.
            event(
                "e3",
                "case-dunstable",
                "charged",
                "2024-05",
                "incident",
                at("2024-05-01"),
                "a.example",
                at("2024-05-20"),
                partyAndPolice,
                "He was charged in May.",
                0.6),
            event(
                "e4",
                "case-dunstable",
                "charged",
                "2024-05-14",
                "incident",
                at("2024-05-14"),
                "c.example",
                at("2024-05-14"),
                partyAndPolice,
                "Police charged Dunstable.",
                0.95),
            event(
                "e5",
                "case-dunstable",
                "charged",
                "2024-05-16",
                "report",
                at("2024-05-16"),
                "d.example",
                at("2024-05-16"),
                party,
                "Dunstable has been charged.",
                0.5),
            // The same type months later is another event.
            event(
                "e6",
                "case-dunstable",
                "charges_dropped",
                "2024-09-12",
                "incident",
                at("2024-09-12"),
                "a.example",
                at("2024-09-13"),
                party,
                "Prosecutors dropped the charge.",
                0.8),
            // Another case's event never shows.
            event(
                "e7",
                "case-garside",
                "charged",
                "2024-04-10",
                "incident",
                at("2024-04-10"),
                "a.example",
                at("2024-04-10"),
                List.of(party("Alan Garside", "accused")),
                "Garside was charged.",
                0.9)));
    Indices.refresh(client);
  }

  @Test
  void listsCasesByLatestActivityWithoutMergedStubs() throws IOException {
    CasePage page = cases.list(CaseQuery.builder().build());
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.cases())
        .extracting(CaseSummary::id)
        .containsExactly("case-garside", "case-vellacott", "case-dunstable");
    CaseSummary garside = page.cases().get(0);
    assertThat(garside.accused()).isEqualTo("Alan Garside");
    assertThat(garside.eventCount()).isEqualTo(2);
    assertThat(garside.publisherCount()).isEqualTo(4);
  }

  @Test
  void sortsByIndependentSourcesAndStatus() throws IOException {
    assertThat(ids(CaseQuery.builder().sort(CaseSort.MOST_SOURCES)))
        .containsExactly("case-dunstable", "case-garside", "case-vellacott");
    assertThat(ids(CaseQuery.builder().sort(CaseSort.STATUS)))
        .containsExactly("case-dunstable", "case-garside", "case-vellacott");
    assertThat(ids(CaseQuery.builder().sort(CaseSort.FIRST_SEEN)))
        .containsExactly("case-dunstable", "case-garside", "case-vellacott");
  }

  @Test
  void filtersByStatusActOrganisationAndWindow() throws IOException {
    assertThat(ids(CaseQuery.builder().statuses(List.of("settled", "convicted"))))
        .containsExactly("case-garside", "case-vellacott");
    assertThat(ids(CaseQuery.builder().acts(List.of("sexual_harassment"))))
        .containsExactly("case-vellacott");
    assertThat(ids(CaseQuery.builder().organisations(List.of("Quayside Playhouse"))))
        .containsExactly("case-dunstable");
    assertThat(ids(CaseQuery.builder().fromDate(at("2024-11-01")).toDate(at("2025-01-01"))))
        .containsExactly("case-garside", "case-vellacott");
    assertThat(ids(CaseQuery.builder().fromDate(at("2023-01-01")).toDate(at("2023-06-01"))))
        .containsExactly("case-vellacott");
  }

  @Test
  void pagesWithACursor() throws IOException {
    CasePage first = cases.list(CaseQuery.builder().size(2).build());
    CasePage second = cases.list(CaseQuery.builder().size(2).cursor(first.nextCursor()).build());
    assertThat(first.cases())
        .extracting(CaseSummary::id)
        .containsExactly("case-garside", "case-vellacott");
    assertThat(second.cases()).extracting(CaseSummary::id).containsExactly("case-dunstable");
    assertThat(second.nextCursor()).isNull();
  }

  @Test
  void timelineCollapsesReportsOfOneEventAndKeepsOrder() throws IOException {
    Timeline timeline = cases.timeline("case-dunstable");

    assertThat(timeline.eventCount()).isEqualTo(6);
    assertThat(timeline.entries())
        .extracting(TimelineEntry::type, TimelineEntry::date, TimelineEntry::dateKind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("allegation", "2024-02-01", "report"),
            org.assertj.core.groups.Tuple.tuple("charged", "2024-05-14", "incident"),
            org.assertj.core.groups.Tuple.tuple("charges_dropped", "2024-09-12", "incident"));
    TimelineEntry allegation = timeline.entries().get(0);
    assertThat(allegation.sources())
        .extracting(SourceLink::source)
        .containsExactly("a.example", "b.example");
    assertThat(allegation.quote()).isEqualTo("A colleague alleged an assault.");
    TimelineEntry charged = timeline.entries().get(1);
    assertThat(charged.sources())
        .extracting(SourceLink::source)
        .containsExactly("c.example", "d.example", "a.example");
    assertThat(charged.quote()).isEqualTo("Police charged Dunstable.");
    assertThat(charged.parties())
        .extracting(Party::name)
        .containsExactly("Rafe Dunstable", "Wrenmouth Police");
    assertThat(timeline.parties()).extracting(Party::role).contains("accused", "accuser");
    assertThat(timeline.requestedId()).isNull();
  }

  @Test
  void aMergedCaseLeadsToTheCaseItWasMergedInto() throws IOException {
    Timeline timeline = cases.timeline("case-old");
    assertThat(timeline.summary().id()).isEqualTo("case-vellacott");
    assertThat(timeline.requestedId()).isEqualTo("case-old");
    assertThat(cases.get("case-old").id()).isEqualTo("case-vellacott");
  }

  @Test
  void unknownAndMalformedIds() {
    assertThatThrownBy(() -> cases.timeline("case-nobody"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.id()).isEqualTo("case-nobody"));
    assertThatThrownBy(() -> cases.get("case-nobody")).isInstanceOf(NotFoundException.class);
    for (String bad : List.of("../_all", "*", "_all", "case-x,casewatch-documents", "", "a/b")) {
      assertThatThrownBy(() -> cases.timeline(bad))
          .isInstanceOfSatisfying(
              InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("id"));
    }
  }

  private static List<String> ids(CaseQuery.Builder builder) throws IOException {
    return cases.list(builder.build()).cases().stream().map(CaseSummary::id).toList();
  }
}
