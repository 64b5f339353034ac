package org.casewatch.index.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import org.casewatch.index.mapping.DocumentSource;
import org.casewatch.index.mapping.SampleDocuments;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.Annotations;
import org.casewatch.model.EntityType;
import org.casewatch.model.Sentiment;
import org.junit.jupiter.api.Test;

class HitReaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsWhatTheSinkWritesAfterAJsonRoundTrip() throws Exception {
    AnnotatedDocument document = SampleDocuments.document(1);
    Map<String, Object> parsed =
        JSON.readValue(
            JSON.writeValueAsBytes(DocumentSource.of(document)), new TypeReference<>() {});

    DocumentHit hit = HitReader.read(parsed, 1.5);

    assertThat(hit.id()).isEqualTo(document.id());
    assertThat(hit.title()).isEqualTo("Inquiry opens into studio 1");
    assertThat(hit.url()).isEqualTo(document.article().url());
    assertThat(hit.canonicalUrl()).isEqualTo(document.article().canonicalUrl());
    assertThat(hit.source()).isEqualTo("News Example");
    assertThat(hit.publishedAt()).isEqualTo(Instant.parse("2026-02-28T08:00:00Z"));
    assertThat(hit.sentiment()).isEqualTo(new Sentiment("negative", -0.4));
    assertThat(hit.score()).isEqualTo(1.5);
    assertThat(hit.entities())
        .containsExactly(
            new EntityRef("Jane Roe", EntityType.PERSON),
            new EntityRef("Acme Studios", EntityType.ORGANIZATION));
  }

  @Test
  void missingOptionalFieldsBecomeNull() throws Exception {
    AnnotatedDocument document = SampleDocuments.document(2, "text", Annotations.none("und"));
    Map<String, Object> parsed =
        JSON.readValue(
            JSON.writeValueAsBytes(DocumentSource.of(document)), new TypeReference<>() {});

    DocumentHit hit = HitReader.read(parsed, 0.0);

    assertThat(hit.publishedAt()).isNull();
    assertThat(hit.sentiment()).isNull();
    assertThat(hit.entities()).isEmpty();
  }
}
