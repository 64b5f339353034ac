package org.casewatch.pipeline.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casewatch.pipeline.cases.Records.party;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.casewatch.model.AllegationCase;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventRecord;
import org.casewatch.pipeline.cases.internal.CaseBuilder;
import org.junit.jupiter.api.Test;

class CaseRegistryTest {

  private static Map<String, AllegationCase> stream(CaseConfig config, List<Records> docs) {
    CaseRegistry registry = new CaseRegistry(config);
    Map<String, AllegationCase> cases = new TreeMap<>();
    for (Records d : docs) {
      CaseUpdate update = registry.add(d.doc.id(), d.claims, d.events);
      for (AllegationCase c : update.cases()) {
        cases.put(c.id(), c);
      }
      update.deletedCases().forEach(cases::remove);
    }
    return cases;
  }

  private static Map<String, AllegationCase> rebuild(CaseConfig config, List<Records> docs) {
    List<ClaimRecord> claims = new ArrayList<>();
    List<EventRecord> events = new ArrayList<>();
    for (Records d : docs) {
      claims.addAll(d.claims);
      events.addAll(d.events);
    }
    Map<String, AllegationCase> cases = new TreeMap<>();
    for (AllegationCase c : CaseAssembler.assemble(claims, events, config, null).cases()) {
      cases.put(c.id(), c);
    }
    return cases;
  }

  private static List<AllegationCase> live(Map<String, AllegationCase> cases) {
    return cases.values().stream().filter(c -> c.mergedInto() == null).toList();
  }

  @Test
  void aDescriptionJoinsTheNamedAccusedOnceAnArticleNamesHim() {
    Records first =
        Records.doc("a1", "news.example", "2023-01-10")
            .claim(null, "her manager", "sexual_harassment", "Alibaba");
    Records second =
        Records.doc("a2", "other.example", "2023-06-01")
            .claim("Wang", "her manager", "sexual_assault", "Alibaba");

    CaseRegistry registry = new CaseRegistry(CaseConfig.defaults());
    CaseUpdate one = registry.add(first.claims, first.events);
    assertThat(one.cases()).hasSize(1);
    String describedId = one.cases().get(0).id();
    assertThat(one.claims()).extracting(ClaimRecord::caseId).containsOnly(describedId);

    CaseUpdate two = registry.add(second.claims, second.events);
    String wangId = CaseBuilder.caseId("n:wang");
    AllegationCase wang =
        two.cases().stream().filter(c -> c.id().equals(wangId)).findFirst().orElseThrow();
    assertThat(wang.claimIds()).hasSize(2);
    assertThat(wang.accusedName()).isEqualTo("Wang");
    assertThat(wang.accusedAliases()).contains("her manager");
    assertThat(wang.merges())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.fromCase()).isEqualTo(describedId);
              assertThat(m.reason()).contains("her manager").contains("Wang").contains("Alibaba");
              assertThat(m.reversible()).isTrue();
            });
    assertThat(two.cases())
        .filteredOn(c -> c.id().equals(describedId))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.mergedInto()).isEqualTo(wangId);
              assertThat(s.status()).isEqualTo("merged");
            });
    // The first document's claim moves to the merged case.
    assertThat(two.claims()).extracting(ClaimRecord::caseId).containsOnly(wangId);
    assertThat(two.claims()).hasSize(2);
    assertThat(wang.publisherCount()).isEqualTo(2);
  }

  @Test
  void theSameSurnameAtAnotherOrganisationIsAnotherPerson() {
    List<Records> docs =
        List.of(
            Records.doc("b1", "news.example", "2023-01-10")
                .claim("Wang", "Wang", "sexual_harassment", "Alibaba"),
            Records.doc("b2", "news.example", "2023-02-10")
                .claim("Wang Wei", "Mr Wang", "sexual_harassment", "Tencent"));
    assertThat(live(stream(CaseConfig.defaults(), docs))).hasSize(2);
  }

  @Test
  void aSurnameJoinsTheFullNameAtTheSameOrganisation() {
    List<Records> docs =
        List.of(
            Records.doc("c1", "news.example", "2023-01-10")
                .claim("Vellacott", "Vellacott", "sexual_harassment", "Corvane Shipping Group"),
            Records.doc("c2", "news.example", "2023-02-10")
                .claim("Graham Vellacott", "Mr Vellacott", "sexual_harassment", "Corvane"));
    List<AllegationCase> cases = live(stream(CaseConfig.defaults(), docs));
    assertThat(cases)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.id()).isEqualTo(CaseBuilder.caseId("n:graham vellacott"));
              assertThat(c.merges())
                  .singleElement()
                  .satisfies(m -> assertThat(m.reason()).startsWith("name:"));
            });
  }

  @Test
  void twoFullNamesAreNeverMergedEvenThroughOneDescription() {
    List<Records> docs =
        List.of(
            Records.doc("d1", "news.example", "2023-01-10")
                .claim("Wang Wei", "her manager", "sexual_harassment", "Alibaba"),
            Records.doc("d2", "news.example", "2023-02-10")
                .claim("Li Na", "her manager", "sexual_harassment", "Alibaba"),
            Records.doc("d3", "news.example", "2023-03-10")
                .claim(null, "her manager", "sexual_harassment", "Alibaba"));
    List<AllegationCase> cases = live(stream(CaseConfig.defaults(), docs));
    assertThat(cases).hasSize(2);
    assertThat(cases)
        .extracting(AllegationCase::accusedName)
        .containsExactlyInAnyOrder("Wang Wei", "Li Na");
    // The earlier alias wins the description.
    assertThat(cases)
        .filteredOn(c -> c.accusedName().equals("Wang Wei"))
        .singleElement()
        .satisfies(c -> assertThat(c.claimIds()).hasSize(2));
  }

  @Test
  void aSurnameShared_byTwoFullNamesLinksNeither() {
    List<Records> docs =
        List.of(
            Records.doc("e1", "news.example", "2023-01-10")
                .claim("Wang", "Wang", "rape", "Alibaba"),
            Records.doc("e2", "news.example", "2023-02-10")
                .claim("Wang Wei", "Wang Wei", "rape", "Alibaba"),
            Records.doc("e3", "news.example", "2023-03-10")
                .claim("Wang Fang", "Wang Fang", "rape", "Alibaba"));
    assertThat(live(stream(CaseConfig.defaults(), docs))).hasSize(3);
  }

  @Test
  void anExcludedMergeIsUndoneByARebuild() {
    List<Records> docs =
        List.of(
            Records.doc("f1", "news.example", "2023-01-10")
                .claim(null, "her manager", "sexual_harassment", "Alibaba"),
            Records.doc("f2", "news.example", "2023-06-01")
                .claim("Wang", "her manager", "sexual_harassment", "Alibaba"));
    String described = CaseBuilder.caseId("d:manager@alibaba");
    assertThat(live(rebuild(CaseConfig.defaults(), docs))).hasSize(1);
    CaseConfig undone = CaseConfig.defaults().withExcludedMerges(Set.of(described));
    List<AllegationCase> cases = live(rebuild(undone, docs));
    assertThat(cases).hasSize(2);
    assertThat(cases).allSatisfy(c -> assertThat(c.merges()).isEmpty());
    assertThat(stream(undone, docs)).isEqualTo(rebuild(undone, docs));
  }

  @Test
  void streamInAnyOrderEqualsRebuild() {
    List<Records> docs = new ArrayList<>();
    docs.add(
        Records.doc("g1", "a.example", "2023-01-10")
            .claim(null, "the director", "sexual_assault", "Quayside Playhouse", "a dancer", -0.5)
            .event("accusation", null)
            .event("police_report", "2024-01"));
    docs.add(
        Records.doc("g2", "b.example", "2023-02-27", "grp")
            .claim(
                "Rafe Dunstable",
                "the director",
                "sexual_assault",
                "Quayside Playhouse",
                "a dancer",
                -0.25)
            .event("arrest", "2023-02-23", party("Rafe Dunstable", "accused")));
    docs.add(
        Records.doc("g3", "c.example", "2023-02-28", "grp")
            .claim("Rafe Dunstable", "Dunstable", "sexual_assault", null, null, 0.5)
            .event("arrest", "2023-02-23", party("Rafe Dunstable", "accused")));
    docs.add(
        Records.doc("g4", "a.example", "2023-05-21")
            .claim("Dunstable", "Mr Dunstable", "sexual_assault", "Quayside Playhouse")
            .event("charge", "2023-05-17", party("Dunstable", "accused")));
    docs.add(
        Records.doc("g5", "a.example", "2023-09-10")
            .claim("Lionel Garside", "the professor", "sexual_misconduct", "University of Eastmoor")
            .event("trial", "2023-09-01", party("Lionel Garside", "accused")));
    docs.add(
        Records.doc("g6", "d.example", "2025-09-10")
            .claim("Imogen Smith", "Smith", "groping", "Corvane"));
    Map<String, AllegationCase> expected = rebuild(CaseConfig.defaults(), docs);
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      List<Records> shuffled = new ArrayList<>(docs);
      Collections.shuffle(shuffled, random);
      assertThat(stream(CaseConfig.defaults(), shuffled)).isEqualTo(expected);
    }
    AllegationCase dunstable = expected.get(CaseBuilder.caseId("n:rafe dunstable"));
    assertThat(dunstable.claimIds()).hasSize(4);
    assertThat(dunstable.status()).isEqualTo("dormant");
    // a.example, and one of the syndicated pair b/c.
    assertThat(dunstable.publisherCount()).isEqualTo(2);
    assertThat(dunstable.documentCount()).isEqualTo(4);
    assertThat(dunstable.sentiment())
        .extracting(AllegationCase.MonthSentiment::month)
        .containsExactly("2023-01", "2023-02", "2023-05");
    assertThat(dunstable.sentiment().get(1).mean()).isEqualTo(0.125);
    assertThat(dunstable.title())
        .isEqualTo("Rafe Dunstable: alleged sexual assault (Quayside Playhouse)");
    assertThat(dunstable.parties())
        .filteredOn(p -> p.role().equals("accuser"))
        .singleElement()
        .satisfies(p -> assertThat(p.publicFigure()).isFalse());
    // Timeline order: by event date, not by publication.
    List<String> dates = new ArrayList<>();
    for (String id : dunstable.eventIds()) {
      for (Records d : docs) {
        d.events.stream().filter(e -> e.id().equals(id)).forEach(e -> dates.add(e.event().type()));
      }
    }
    assertThat(dates).containsExactly("accusation", "arrest", "arrest", "charge", "police_report");
  }

  @Test
  void aDefamationSuitMakesTheAccuserADefendantUntilTheSettlement() {
    List<Records> docs =
        List.of(
            Records.doc("h1", "news.example", "2023-10-17")
                .claim(
                    "Graham Vellacott",
                    "Vellacott",
                    "sexual_harassment",
                    "Corvane",
                    "Imogen Tarrant",
                    null)
                .event(
                    "civil_lawsuit",
                    "2023-10-13",
                    party("Imogen Tarrant", "claimant"),
                    party("Graham Vellacott", "defendant")),
            Records.doc("h2", "news.example", "2024-01-30")
                .claim(
                    "Graham Vellacott",
                    "Vellacott",
                    "sexual_harassment",
                    "Corvane",
                    "Imogen Tarrant",
                    null)
                .event(
                    "defamation_lawsuit",
                    "2024-01-25",
                    party("Graham Vellacott", "claimant"),
                    party("Imogen Tarrant", "defendant")),
            Records.doc("h3", "news.example", "2024-11-19")
                .claim(
                    "Graham Vellacott",
                    "Vellacott",
                    "sexual_harassment",
                    "Corvane",
                    "Imogen Tarrant",
                    null)
                .event("settlement", "2024-11-18", party("Graham Vellacott", "accused")));
    AllegationCase c = live(stream(CaseConfig.defaults(), docs)).get(0);
    assertThat(c.status()).isEqualTo("settled");
    assertThat(c.parties())
        .filteredOn(p -> p.name().equals("Imogen Tarrant") && p.role().equals("defendant"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.since()).isEqualTo("2024-01-25");
              assertThat(p.until()).isEqualTo("2024-11-18");
              assertThat(p.publicFigure()).isFalse();
            });
    assertThat(c.parties())
        .filteredOn(p -> p.name().equals("Graham Vellacott"))
        .extracting(AllegationCase.Party::role)
        .contains("accused", "defendant", "claimant");
  }

  @Test
  void aQuietCaseTurnsDormantWhenLaterNewsArrives() {
    CaseRegistry registry =
        new CaseRegistry(CaseConfig.defaults().withSilence(Duration.ofDays(180)));
    Records old =
        Records.doc("i1", "news.example", "2020-01-10")
            .claim("Ann Example", "Ann Example", "rape", "Acme");
    Records later =
        Records.doc("i2", "news.example", "2021-01-10")
            .claim("Bob Other", "Bob Other", "rape", "Initech");
    assertThat(registry.add(old.claims, old.events).cases().get(0).status()).isEqualTo("reported");
    CaseUpdate update = registry.add(later.claims, later.events);
    assertThat(update.cases())
        .filteredOn(c -> c.accusedName().equals("Ann Example"))
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo("dormant"));
    assertThat(update.claims()).hasSize(1);
  }

  @Test
  void aReplayedDocumentReplacesItsRecords() {
    Records v1 =
        Records.doc("j1", "news.example", "2023-01-10")
            .claim("Ann Example", "Ann Example", "rape", "Acme")
            .claim("Ann Example", "she", "groping", "Acme");
    Records v2 =
        Records.doc("j1", "news.example", "2023-01-10")
            .claim("Ann Example", "Ann Example", "rape", "Acme");
    CaseRegistry registry = new CaseRegistry(CaseConfig.defaults());
    registry.add(v1.claims, v1.events);
    AllegationCase c = registry.add(v2.claims, v2.events).cases().get(0);
    assertThat(c.claimIds()).hasSize(1);
    assertThat(c.acts()).containsExactly("rape");
  }

  @Test
  void unnamedAccusedWithoutOrganisationStayInTheirDocument() {
    List<Records> docs =
        List.of(
            Records.doc("k1", "news.example", "2023-01-10")
                .claim(null, "a teacher", "groping", null),
            Records.doc("k2", "news.example", "2023-01-11")
                .claim(null, "a teacher", "groping", null));
    assertThat(live(stream(CaseConfig.defaults(), docs))).hasSize(2);
  }

  private static final String SWAPPED =
      "The Harbour Ledger understands that the report was made by the former Corvane Shipping"
          + " Group employee who in March accused the company's then chief operating officer,"
          + " Graham Vellacott, of harassing her.";

  private static List<Records> corvane() {
    return List.of(
        Records.doc("s1", "news.example", "2023-03-14")
            .claim(
                "Graham Vellacott",
                "Graham Vellacott",
                "sexual_harassment",
                "Corvane Shipping Group",
                "A former assistant",
                null)
            .event("accusation", null, party("Graham Vellacott", "accused")),
        // The only claim of this article has the roles swapped: its "accused" is the accuser.
        Records.doc("s2", "news.example", "2023-06-06")
            .claimSaying(
                null,
                "the former Corvane Shipping Group employee",
                "sexual_harassment",
                "Corvane Shipping Group",
                null,
                null,
                SWAPPED)
            .event("police_report", "2023-04"),
        Records.doc("s3", "other.example", "2023-10-17")
            .claim("Graham Vellacott", "Mr Vellacott", "sexual_assault", null)
            .event("civil_lawsuit", "2023-10-13", party("Graham Vellacott", "defendant")));
  }

  @Test
  void aDescriptionWhoseSentenceNamesTheAccusedOpensNoCaseOfItsOwn() {
    List<Records> docs = corvane();
    Map<String, AllegationCase> expected = rebuild(CaseConfig.defaults(), docs);
    Random random = new Random(7);
    for (int i = 0; i < 6; i++) {
      List<Records> shuffled = new ArrayList<>(docs);
      Collections.shuffle(shuffled, random);
      assertThat(stream(CaseConfig.defaults(), shuffled)).isEqualTo(expected);
    }
    AllegationCase vellacott =
        live(expected).stream()
            .filter(c -> c.accusedName().equals("Graham Vellacott"))
            .findFirst()
            .orElseThrow();
    assertThat(live(expected)).hasSize(1);
    assertThat(vellacott.claimIds()).hasSize(3);
    assertThat(vellacott.eventIds()).hasSize(3);
    // The complainant's description is no alias of the accused, and the merge says why.
    assertThat(vellacott.accusedAliases())
        .doesNotContain("the former Corvane Shipping Group employee");
    assertThat(vellacott.merges())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.reason()).startsWith("context:").contains("graham vellacott");
              assertThat(m.reversible()).isTrue();
            });

    // Reversible like every merge.
    String described = vellacott.merges().get(0).fromCase();
    CaseConfig undo = new CaseConfig(CaseConfig.defaults().silence(), Set.of(described));
    assertThat(live(rebuild(undo, docs))).hasSize(2);
  }

  @Test
  void aDescriptionKnownAsAnotherAccusedIsNotMovedByItsSentence() {
    List<Records> docs =
        List.of(
            Records.doc("t1", "news.example", "2023-01-10")
                .claim("Wang", "her manager", "sexual_harassment", "Alibaba"),
            Records.doc("t2", "news.example", "2023-02-10")
                .claimSaying(
                    null,
                    "her manager",
                    "groping",
                    "Alibaba",
                    null,
                    null,
                    "Her manager, who shared an office with Li Na, was accused of groping."),
            Records.doc("t3", "news.example", "2023-03-10")
                .claim("Li Na", "Li Na", "sexual_harassment", "Alibaba"));
    Map<String, AllegationCase> cases = rebuild(CaseConfig.defaults(), docs);
    assertThat(cases.get(CaseBuilder.caseId("n:wang")).claimIds()).hasSize(2);
    assertThat(cases.get(CaseBuilder.caseId("n:li na")).claimIds()).hasSize(1);
    assertThat(stream(CaseConfig.defaults(), List.of(docs.get(2), docs.get(1), docs.get(0))))
        .isEqualTo(cases);
  }

  @Test
  void anAccusedDescribedLikeTheAccuserJoinsTheNamedAccusedOrNoCase() {
    Records both =
        Records.doc("u1", "news.example", "2023-03-14")
            .claim(
                "Graham Vellacott",
                "Graham Vellacott",
                "sexual_harassment",
                "Corvane Shipping Group",
                "a former employee",
                null)
            .claim(null, "the former employee", "groping", null);
    Records alone =
        Records.doc("u2", "news.example", "2023-03-15")
            .claim(null, "the complainant", "groping", "Corvane Shipping Group")
            .event("police_report", "2023-03", party("the complainant", "accused"));
    CaseRegistry registry = new CaseRegistry(CaseConfig.defaults());
    CaseUpdate one = registry.add(both.claims, both.events);
    assertThat(one.cases().stream().filter(c -> c.mergedInto() == null)).hasSize(1);
    AllegationCase c = one.cases().get(0);
    assertThat(c.claimIds()).hasSize(2);
    assertThat(c.accusedAliases()).doesNotContain("the former employee");

    CaseUpdate two = registry.add(alone.claims, alone.events);
    assertThat(two.cases()).isEmpty();
    // Nothing is lost: the records are written, in no case, and the reason is kept.
    assertThat(two.claims()).singleElement().satisfies(r -> assertThat(r.caseId()).isNull());
    assertThat(two.events()).singleElement().satisfies(r -> assertThat(r.caseId()).isNull());
    assertThat(two.documents()).containsEntry(alone.doc.id(), List.of());
    assertThat(registry.unassigned().values())
        .anySatisfy(r -> assertThat(r).contains("described like the accuser"))
        .anySatisfy(r -> assertThat(r).contains("names no accused"));
  }

  @Test
  void eventsJoinTheCaseTheirPartiesName() {
    List<Records> docs =
        List.of(
            Records.doc("v1", "news.example", "2023-03-14")
                .claim("Graham Vellacott", "Graham Vellacott", "groping", "Corvane Shipping Group")
                .event("accusation", null, party("Graham Vellacott", "accused")),
            // Follow-ups without a claim: by full name; by surname with the employer named.
            Records.doc("v2", "news.example", "2024-11-19")
                .event("settlement", "2024-11-18", party("Graham Vellacott", "claimant")),
            Records.doc("v3", "other.example", "2023-06-06")
                .event(
                    "firing",
                    "2023-05-26",
                    party("Vellacott", "accused"),
                    party("Corvane Shipping Group", "organisation")),
            // A surname alone, a description, an unknown person: in no case.
            Records.doc("v4", "other.example", "2023-05-02")
                .event("arrest", "2023-05-01", party("Vellacott", "accused")),
            Records.doc("v5", "other.example", "2023-05-03")
                .event("charge", "2023-05-02", party("the woman", "accused")),
            Records.doc("v6", "other.example", "2024-01-02")
                .event("trial", "2024-01-01", party("Someone Else", "accused")),
            // Two accused in one article: the event goes to the one its party names.
            Records.doc("v7", "news.example", "2025-02-04")
                .claim("Graham Vellacott", "Graham Vellacott", "groping", "Corvane Shipping Group")
                .claim("Lionel Garside", "Lionel Garside", "sexual_assault", "Eastmoor")
                .claim("Lionel Garside", "he", "sexual_assault", "Eastmoor")
                .event("conviction", "2025-02-03", party("Vellacott", "accused")));
    Map<String, AllegationCase> expected = rebuild(CaseConfig.defaults(), docs);
    Random random = new Random(11);
    for (int i = 0; i < 6; i++) {
      List<Records> shuffled = new ArrayList<>(docs);
      Collections.shuffle(shuffled, random);
      assertThat(stream(CaseConfig.defaults(), shuffled)).isEqualTo(expected);
    }
    assertThat(live(expected)).hasSize(2);
    AllegationCase vellacott = expected.get(CaseBuilder.caseId("n:graham vellacott"));
    List<String> types = new ArrayList<>();
    for (String id : vellacott.eventIds()) {
      for (Records d : docs) {
        d.events.stream().filter(e -> e.id().equals(id)).forEach(e -> types.add(e.event().type()));
      }
    }
    assertThat(types).containsExactly("accusation", "firing", "settlement", "conviction");
    assertThat(expected.get(CaseBuilder.caseId("n:lionel garside")).eventIds()).isEmpty();

    CaseRegistry registry = new CaseRegistry(CaseConfig.defaults());
    List<EventRecord> written = new ArrayList<>();
    for (Records d : docs) {
      written.addAll(registry.add(d.doc.id(), d.claims, d.events).events());
    }
    assertThat(written).hasSize(7);
    assertThat(written.stream().filter(e -> e.caseId() == null).map(e -> e.event().type()))
        .containsExactlyInAnyOrder("arrest", "charge", "trial");
  }

  @Test
  void documentsFollowTheirRecordsIntoMergedCases() {
    Records first =
        Records.doc("w1", "news.example", "2023-01-10")
            .claim(null, "her manager", "sexual_harassment", "Alibaba");
    Records second =
        Records.doc("w2", "other.example", "2023-06-01")
            .claim("Wang", "her manager", "sexual_assault", "Alibaba");
    Records none = Records.doc("w3", "other.example", "2023-06-02");
    CaseRegistry registry = new CaseRegistry(CaseConfig.defaults());
    String described = CaseBuilder.caseId("d:manager@alibaba");
    String wang = CaseBuilder.caseId("n:wang");
    assertThat(registry.add(first.doc.id(), first.claims, first.events).documents())
        .isEqualTo(Map.of(first.doc.id(), List.of(described)));
    assertThat(registry.add(second.doc.id(), second.claims, second.events).documents())
        .isEqualTo(Map.of(first.doc.id(), List.of(wang), second.doc.id(), List.of(wang)));
    assertThat(registry.add(none.doc.id(), List.of(), List.of()).documents())
        .isEqualTo(Map.of(none.doc.id(), List.of()));
    // The named article re-fetched without its claim: the first goes back to its own case.
    assertThat(registry.add(second.doc.id(), List.of(), List.of()).documents())
        .isEqualTo(Map.of(first.doc.id(), List.of(described), second.doc.id(), List.of()));
    assertThat(
            CaseAssembler.assemble(first.claims, first.events, CaseConfig.defaults(), null)
                .documents())
        .isEqualTo(Map.of(first.doc.id(), List.of(described)));
  }

  @Test
  void anEventDatedAfterItsArticleIsAnnouncedAndMovesNoStatus() {
    List<Records> docs =
        List.of(
            Records.doc("x1", "news.example", "2024-05-21")
                .claim("Rafe Dunstable", "Rafe Dunstable", "sexual_assault", "Quayside Playhouse")
                .event("charge", "2024-05-17", party("Rafe Dunstable", "accused")),
            // "... less than a month before his trial, due to begin on October 7."
            Records.doc("x2", "news.example", "2024-09-10")
                .claim("Rafe Dunstable", "Mr Dunstable", "sexual_assault", null)
                .event("charges_dropped", "2024-09-09", party("Rafe Dunstable", "accused"))
                .event("trial", "2024-10-07", party("Rafe Dunstable", "accused")));
    AllegationCase c =
        rebuild(CaseConfig.defaults(), docs).get(CaseBuilder.caseId("n:rafe dunstable"));
    assertThat(c.status()).isEqualTo("charges_dropped");
    assertThat(c.eventIds()).hasSize(3);
  }

  @Test
  void casesAndRecordsARefetchedDocumentLostAreDeleted() {
    Records first =
        Records.doc("z1", "news.example", "2023-01-10")
            .claim(null, "her manager", "sexual_harassment", "Alibaba")
            .event("complaint_to_employer", "2023-01", party("her manager", "accused"));
    Records second =
        Records.doc("z2", "other.example", "2023-06-01")
            .claim("Wang", "her manager", "sexual_assault", "Alibaba");
    Records hale =
        Records.doc("z3", "news.example", "2023-07-01")
            .claim("Victor Hale", "Victor Hale", "sexual_assault", "Harrow Bank")
            .event("arrest", "2023-06-30", party("Victor Hale", "accused"));
    CaseRegistry registry = new CaseRegistry(CaseConfig.defaults());
    String described = CaseBuilder.caseId("d:manager@alibaba");
    String wang = CaseBuilder.caseId("n:wang");
    String haleId = CaseBuilder.caseId("n:victor hale");
    registry.add(first.doc.id(), first.claims, first.events);
    registry.add(second.doc.id(), second.claims, second.events);
    assertThat(registry.add(hale.doc.id(), hale.claims, hale.events).deletedCases()).isEmpty();

    // Hale's only article re-fetched without its claim and event: his case and records go.
    CaseUpdate gone = registry.add(hale.doc.id(), List.of(), List.of());
    assertThat(gone.cases()).isEmpty();
    assertThat(gone.deletedCases()).containsExactly(haleId);
    assertThat(gone.deletedClaims()).containsExactly(hale.claims.get(0).id());
    assertThat(gone.deletedEvents()).containsExactly(hale.events.get(0).id());

    // The described article re-fetched without its records: Wang's case stays, the stub goes.
    CaseUpdate stub = registry.add(first.doc.id(), List.of(), List.of());
    assertThat(stub.deletedCases()).containsExactly(described);
    assertThat(stub.cases()).extracting(AllegationCase::id).containsExactly(wang);

    // Hale's article back with its claim: the case is written again, nothing deleted.
    CaseUpdate back = registry.add(hale.doc.id(), hale.claims, hale.events);
    assertThat(back.cases()).extracting(AllegationCase::id).containsExactly(haleId);
    assertThat(back.deletedCases()).isEmpty();
    assertThat(back.deletedClaims()).isEmpty();

    // The stream's documents (writes minus deletes) equal the rebuild's from the records left.
    List<Records> docs =
        List.of(
            first,
            second,
            hale,
            Records.doc("z3", "news.example", "2023-07-01"),
            Records.doc("z1", "news.example", "2023-01-10"));
    Map<String, AllegationCase> streamed = stream(CaseConfig.defaults(), docs);
    assertThat(streamed).isEqualTo(rebuild(CaseConfig.defaults(), List.of(second)));
    assertThat(streamed).containsOnlyKeys(wang);
  }
}
