package org.casewatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Provenance, revisions, claim and event records and their deterministic ids. */
class DocumentRecordsTest {

  private static final Instant T = Instant.parse("2023-03-14T09:00:00Z");
  private static final String URL = "https://news.example/a";

  private static final Claim CLAIM =
      new Claim(
          new ClaimParty("Graham Vellacott", "Vellacott"),
          new ClaimParty(null, "a former assistant"),
          "sexual_harassment",
          "alleged",
          "accuser",
          "2021",
          "2023-03-14",
          "Corvane Shipping Group",
          List.of(new Evidence("She accused Vellacott of harassment.", 120, 156)),
          0.8);

  private static final CaseEvent EVENT =
      new CaseEvent(
          "accusation",
          "2023-03",
          "incident",
          List.of(new EventParty("Graham Vellacott", "accused")),
          new Evidence("She accused Vellacott of harassment.", 120, 156),
          0.7);

  private static AnnotatedDocument document(List<Claim> claims, List<CaseEvent> events) {
    Article article =
        new Article(URL, URL, "Ledger", "t", "b", T, T)
            .withProvenance(new Provenance("news.example", "web", "A. Writer", "h", "g1"));
    Annotations annotations = Annotations.none("en");
    List<PartySentiment> sentiments =
        List.of(
            new PartySentiment("Graham Vellacott", "accused", -0.5, 2),
            new PartySentiment("a former assistant", "accuser", 0.25, 1));
    return new AnnotatedDocument(
        article, new DocumentAnalysis(annotations, claims, events, sentiments));
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void articleKeepsTheOldConstructorAndGainsProvenanceAndRevisions() throws Exception {
    Article plain = new Article(URL, URL, null, null, null, null, T);
    assertThat(plain.provenance()).isEqualTo(Provenance.UNKNOWN);
    assertThat(plain.revisions()).isEmpty();
    assertThat(plain.deleted()).isFalse();
    Revision gone = new Revision(T, Revision.DELETED, 410, -500, null);
    Article revised =
        plain
            .withProvenance(Provenance.UNKNOWN.withAuthor("  ").withPlatform("web"))
            .withRevisions(List.of(gone), true);
    assertThat(revised.provenance().author()).isNull();
    assertThat(revised.provenance().platform()).isEqualTo("web");
    assertThat(revised.revisions()).containsExactly(gone);
    assertThat(revised.deleted()).isTrue();
    assertThat(revised.id()).isEqualTo(plain.id());
    assertThat(roundTrip(revised)).isEqualTo(revised);
    assertThat(new Article(URL, URL, "s", "t", "b", T, T, null, null, false).provenance())
        .isEqualTo(Provenance.UNKNOWN);
    assertThatThrownBy(() -> new Revision(T, "vanished", 404, 0, null))
        .hasMessageContaining("kind must be one of");
    assertThatThrownBy(() -> new Revision(null, Revision.EDITED, 200, 3, "h")).hasMessage("at");
  }

  @Test
  void provenanceWithersChangeOneComponent() {
    Provenance p = new Provenance("a.example", "web", "x", "h1", "g1");
    assertThat(p.withPublisher("b.example").publisher()).isEqualTo("b.example");
    assertThat(p.withSyndication("h2", "g2"))
        .isEqualTo(new Provenance("a.example", "web", "x", "h2", "g2"));
    assertThat(Provenance.PLATFORMS).contains("web", "mastodon", "bluesky", "reddit", "archive");
  }

  @Test
  void claimRecordsCarryTheDocumentTheClaimAndThePartySentiment() throws Exception {
    AnnotatedDocument doc = document(List.of(CLAIM, CLAIM), List.of(EVENT));
    assertThat(doc.claimCount()).isEqualTo(2);
    List<ClaimRecord> claims = ClaimRecord.of(doc);
    assertThat(claims).as("same evidence, act and accused: one claim").hasSize(1);
    ClaimRecord record = claims.get(0);
    assertThat(record.id()).isEqualTo(Ids.claimId(doc.id(), CLAIM)).hasSize(32);
    assertThat(record.document())
        .isEqualTo(
            new DocumentRef(doc.id(), URL, URL, "Ledger", "news.example", "web", "g1", "en", T));
    assertThat(record.sentimentAccused()).isEqualTo(-0.5);
    assertThat(record.sentimentAccuser()).isEqualTo(0.25);
    assertThat(record.accusedCanonical()).isEqualTo("graham vellacott");
    assertThat(record.accuserCanonical()).isEqualTo("a former assistant");
    assertThat(record.caseId()).isNull();
    assertThat(record.accuserPublicFigure()).isFalse();
    ClaimRecord assigned = record.withCaseId("case-1").withAccuserPublicFigure(true);
    assertThat(assigned.caseId()).isEqualTo("case-1");
    assertThat(assigned.accuserPublicFigure()).isTrue();
    assertThat(assigned.id()).isEqualTo(record.id());
    assertThat(record.withCaseId(" ").caseId()).isNull();
    assertThat(roundTrip(assigned)).isEqualTo(assigned);
  }

  @Test
  void claimWithoutAccuserOrSentimentHasNulls() {
    Claim bare =
        new Claim(
            new ClaimParty(null, "her manager"),
            null,
            "groping",
            "alleged",
            "reporter",
            null,
            null,
            null,
            List.of(new Evidence("x", 0, 1)),
            0.5);
    ClaimRecord record = ClaimRecord.of(document(List.of(bare), List.of())).get(0);
    assertThat(record.sentimentAccused()).isNull();
    assertThat(record.sentimentAccuser()).isNull();
    assertThat(record.accuserCanonical()).isNull();
  }

  @Test
  void eventRecordsCarryTheDocumentAndTheEvent() throws Exception {
    AnnotatedDocument doc = document(List.of(), List.of(EVENT, EVENT));
    List<EventRecord> events = EventRecord.of(doc);
    assertThat(events).hasSize(1);
    EventRecord event = events.get(0);
    assertThat(event.id()).isEqualTo(Ids.eventId(doc.id(), EVENT));
    assertThat(event.document().id()).isEqualTo(doc.id());
    assertThat(event.withCaseId("c").caseId()).isEqualTo("c");
    assertThat(roundTrip(event.withCaseId("c"))).isEqualTo(event.withCaseId("c"));
    assertThatThrownBy(() -> new EventRecord(null, event.document(), EVENT, null)).hasMessage("id");
  }

  @Test
  void idsAreDeterministicAndDistinguishWhatMatters() {
    String doc = Ids.documentId(URL);
    assertThat(Ids.claimId(doc, CLAIM)).isEqualTo(Ids.claimId(doc, CLAIM));
    Claim otherAct =
        new Claim(
            CLAIM.accused(),
            CLAIM.accuser(),
            "groping",
            CLAIM.modality(),
            CLAIM.assertedBy(),
            null,
            null,
            null,
            CLAIM.evidence(),
            0.9);
    assertThat(Ids.claimId(doc, otherAct)).isNotEqualTo(Ids.claimId(doc, CLAIM));
    assertThat(Ids.claimId(Ids.documentId(URL + "2"), CLAIM)).isNotEqualTo(Ids.claimId(doc, CLAIM));
    assertThat(Ids.eventId(doc, EVENT)).isNotEqualTo(Ids.claimId(doc, CLAIM)).hasSize(32);
    assertThatThrownBy(() -> Ids.claimId(" ", CLAIM)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ids.eventId(null, EVENT)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Ids.partyKey("  HARVEY  Weinstein. ")).isEqualTo("harvey weinstein");
    assertThat(Ids.partyKey("Ｚｈｏｕ Xiaoxuan")).isEqualTo("zhou xiaoxuan");
    assertThat(Ids.partyKey(null)).isEmpty();
  }

  @Test
  void partialDatesStartAtTheirFirstInstant() {
    assertThat(PartialDates.firstInstant("2018")).isEqualTo(Instant.parse("2018-01-01T00:00:00Z"));
    assertThat(PartialDates.firstInstant("2018-06"))
        .isEqualTo(Instant.parse("2018-06-01T00:00:00Z"));
    assertThat(PartialDates.firstInstant(" 2018-06-14 "))
        .isEqualTo(Instant.parse("2018-06-14T00:00:00Z"));
    assertThat(PartialDates.firstInstant("2018-06-14T10:00:00+02:00"))
        .isEqualTo(Instant.parse("2018-06-14T08:00:00Z"));
    assertThat(PartialDates.firstInstant("2018-13")).isNull();
    assertThat(PartialDates.firstInstant("2018-W23")).isNull();
    assertThat(PartialDates.firstInstant("PRESENT_REF")).isNull();
    assertThat(PartialDates.firstInstant("2018-06-14Tnoon")).isNull();
    assertThat(PartialDates.firstInstant(null)).isNull();
  }
}
