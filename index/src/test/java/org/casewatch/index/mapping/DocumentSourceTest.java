package org.casewatch.index.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.Annotations;
import org.casewatch.model.Ids;
import org.junit.jupiter.api.Test;

class DocumentSourceTest {

  @Test
  void writesSnakeCaseFieldsThatTheMappingDeclares() throws IOException {
    Map<String, Object> source = DocumentSource.of(SampleDocuments.document(1));
    JsonNode properties =
        CasewatchIndexTest.read(CasewatchIndex.DOCUMENTS).path("mappings").path("properties");
    Set<String> mapped = new HashSet<>();
    properties.fieldNames().forEachRemaining(mapped::add);
    assertThat(source.keySet())
        .containsExactlyInAnyOrder(
            "id",
            "url",
            "canonical_url",
            "source",
            "title",
            "body",
            "published_at",
            "fetched_at",
            "language",
            "entities",
            "sentiment",
            "sentences",
            "lemmas",
            "nlp_partial",
            "claim_count",
            "event_count",
            "case_ids",
            "revisions",
            "deleted",
            "entity_keys");
    assertThat(mapped).containsAll(source.keySet());
  }

  @Test
  void idIsTheHashOfTheCanonicalUrlAndStable() {
    AnnotatedDocument document = SampleDocuments.document(7);
    Map<String, Object> first = DocumentSource.of(document);
    Map<String, Object> second = DocumentSource.of(SampleDocuments.document(7));
    assertThat(first.get("id")).isEqualTo(Ids.documentId(SampleDocuments.canonicalUrl(7)));
    assertThat(first).isEqualTo(second);
  }

  @Test
  void instantsAreIsoStringsAndValuesAreCopied() {
    Map<String, Object> source = DocumentSource.of(SampleDocuments.document(2));
    assertThat(source.get("fetched_at")).isEqualTo("2026-03-01T10:15:30Z");
    assertThat(source.get("published_at")).isEqualTo("2026-02-28T08:00:00Z");
    assertThat(source.get("url")).isEqualTo(SampleDocuments.canonicalUrl(2) + "?utm_source=feed");
    assertThat(source.get("lemmas")).isEqualTo("the studio say it cooperate investigator");
    assertThat(source.get("sentiment")).isEqualTo(Map.of("label", "negative", "score", -0.4));
    assertThat(source.get("nlp_partial")).isEqualTo(false);
    assertThat(source.get("sentences"))
        .isEqualTo(List.of(Map.of("begin", 0, "end", 60, "label", "neutral", "score", 0.0)));
  }

  @Test
  void entitiesAreDistinctTriplesInFirstMentionOrder() {
    Map<String, Object> source = DocumentSource.of(SampleDocuments.document(3));
    assertThat(source.get("entities"))
        .isEqualTo(
            List.of(
                Map.of("text", "Jane Roe", "type", "PERSON", "canonical_name", "Jane Roe"),
                Map.of("text", "Roe", "type", "PERSON", "canonical_name", "Jane Roe"),
                Map.of(
                    "text",
                    "Acme Studios",
                    "type",
                    "ORGANIZATION",
                    "canonical_name",
                    "Acme Studios")));
    assertThat(source.get("entity_keys"))
        .isEqualTo(List.of("PERSON|Jane Roe", "ORGANIZATION|Acme Studios"));
  }

  @Test
  void absentValuesAreLeftOut() {
    AnnotatedDocument document = SampleDocuments.document(4, "body", Annotations.none("und"));
    Map<String, Object> source = DocumentSource.of(document);
    assertThat(source).doesNotContainKeys("published_at", "sentiment");
    assertThat(source.get("entities")).isEqualTo(List.of());
    assertThat(source.get("entity_keys")).isEqualTo(List.of());
    assertThat(source.get("nlp_partial")).isEqualTo(true);
    assertThat(source.get("language")).isEqualTo("und");
  }
}
