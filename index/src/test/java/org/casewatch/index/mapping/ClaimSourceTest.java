package org.casewatch.index.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventRecord;
import org.junit.jupiter.api.Test;

/** The JSON of claims, events and the documents' new fields, against their strict mappings. */
class ClaimSourceTest {

  @Test
  void claimCarriesItsDocumentPartiesDatesEvidenceAndQuote() throws IOException {
    AnnotatedDocument doc = SampleClaims.document(true);
    ClaimRecord record = ClaimRecord.of(doc).get(0).withCaseId("case-1");
    Map<String, Object> source = ClaimSource.of(record);

    assertThat(source)
        .containsEntry("id", record.id())
        .containsEntry("document_id", doc.id())
        .containsEntry("url", SampleClaims.URL)
        .containsEntry("canonical_url", SampleClaims.CANONICAL)
        .containsEntry("source", "The Ledger")
        .containsEntry("publisher", "ledger.example")
        .containsEntry("platform", "web")
        .containsEntry("syndication_group", "g")
        .containsEntry("language", "en")
        .containsEntry("published_at", "2023-03-14T09:00:00Z")
        .containsEntry("reported_date", "2023-03-14")
        .containsEntry("reported_from", "2023-03-14T00:00:00Z")
        .containsEntry("incident_date", "2021-06")
        .containsEntry("incident_from", "2021-06-01T00:00:00Z")
        .containsEntry("act", "sexual_harassment")
        .containsEntry("modality", "alleged")
        .containsEntry("asserted_by", "accuser")
        .containsEntry("setting", "Corvane Shipping Group")
        .containsEntry("quote", SampleClaims.FIRST.text())
        .containsEntry("confidence", 0.85)
        .containsEntry("case_id", "case-1")
        .containsEntry("sentiment_accused", -0.5)
        .doesNotContainKey("sentiment_accuser");
    assertThat(source.get("accused"))
        .isEqualTo(
            Map.of(
                "name",
                "Graham Vellacott",
                "mention",
                "Vellacott",
                "canonical",
                "graham vellacott"));
    assertThat(source.get("accuser"))
        .isEqualTo(
            Map.of(
                "name",
                "Ann Doe",
                "mention",
                "his former assistant",
                "canonical",
                "ann doe",
                "public_figure",
                false));
    assertThat(source.get("evidence"))
        .isEqualTo(
            List.of(
                Map.of("text", SampleClaims.FIRST.text(), "begin", 4, "end", 40),
                Map.of("text", SampleClaims.SECOND.text(), "begin", 41, "end", 58)));
    MappingCheck.assertMapped(CasewatchIndex.CLAIMS, source);
  }

  @Test
  void absentClaimValuesAreLeftOut() throws IOException {
    Map<String, Object> source =
        ClaimSource.of(ClaimRecord.of(SampleClaims.document(false)).get(0));
    assertThat(source)
        .doesNotContainKeys(
            "accuser",
            "incident_date",
            "incident_from",
            "reported_date",
            "setting",
            "case_id",
            "published_at",
            "publisher",
            "platform",
            "syndication_group");
    assertThat(source.get("accused"))
        .isEqualTo(
            ClaimSource.of(ClaimRecord.of(SampleClaims.document(true)).get(0)).get("accused"));
    MappingCheck.assertMapped(CasewatchIndex.CLAIMS, source);
  }

  @Test
  void eventCarriesItsDocumentTypeDatePartiesAndEvidence() throws IOException {
    AnnotatedDocument doc = SampleClaims.document(true);
    EventRecord record = EventRecord.of(doc).get(0).withCaseId("case-1");
    Map<String, Object> source = EventSource.of(record);

    assertThat(source)
        .containsEntry("id", record.id())
        .containsEntry("document_id", doc.id())
        .containsEntry("url", SampleClaims.URL)
        .containsEntry("publisher", "ledger.example")
        .containsEntry("type", "civil_lawsuit")
        .containsEntry("date", "2023-10")
        .containsEntry("date_from", "2023-10-01T00:00:00Z")
        .containsEntry("date_kind", "incident")
        .containsEntry("quote", SampleClaims.SECOND.text())
        .containsEntry(
            "evidence", Map.of("text", SampleClaims.SECOND.text(), "begin", 41, "end", 58))
        .containsEntry("confidence", 0.6)
        .containsEntry("case_id", "case-1")
        .doesNotContainKey("canonical_url");
    assertThat(source.get("parties"))
        .isEqualTo(
            List.of(
                Map.of("name", "Ann Doe", "role", "claimant"),
                Map.of("name", "Graham Vellacott", "role", "defendant")));
    MappingCheck.assertMapped(CasewatchIndex.EVENTS, source);

    Map<String, Object> undated =
        EventSource.of(EventRecord.of(SampleClaims.document(false)).get(0));
    assertThat(undated).doesNotContainKeys("date", "date_from", "case_id", "published_at");
    MappingCheck.assertMapped(CasewatchIndex.EVENTS, undated);
  }

  @Test
  void documentCarriesProvenanceCountsCasesAndRevisions() throws IOException {
    Map<String, Object> source = DocumentSource.of(SampleClaims.document(true));
    assertThat(source)
        .containsEntry("publisher", "ledger.example")
        .containsEntry("platform", "web")
        .containsEntry("author", "A. Writer")
        .containsEntry("body_hash", "h")
        .containsEntry("syndication_group", "g")
        .containsEntry("claim_count", 1)
        .containsEntry("event_count", 1)
        .containsEntry("case_ids", List.of("case-1"))
        .containsEntry("deleted", false);
    assertThat(source.get("revisions"))
        .isEqualTo(
            List.of(
                Map.of(
                    "at",
                    "2023-03-15T09:00:00Z",
                    "kind",
                    "edited",
                    "http_status",
                    200,
                    "size_change",
                    -42,
                    "body_hash",
                    "h2")));
    MappingCheck.assertMapped(CasewatchIndex.DOCUMENTS, source);
    MappingCheck.assertMapped(
        CasewatchIndex.DOCUMENTS, DocumentSource.of(SampleClaims.document(false)));
    MappingCheck.assertMapped(
        CasewatchIndex.DOCUMENTS, DocumentSource.of(SampleDocuments.document(1)));
  }
}
