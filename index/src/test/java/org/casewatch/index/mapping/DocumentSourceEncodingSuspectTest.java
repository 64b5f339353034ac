package org.casewatch.index.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.casewatch.model.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/**
 * Reliability case 40: a document whose text looks mis-decoded is indexed with {@code
 * encoding_suspect: true} (a boolean of the documents mapping); other documents do not carry the
 * field, so their sources are unchanged.
 */
class DocumentSourceEncodingSuspectTest {

  @Test
  void theFlagIsWrittenOnlyWhenSetAndIsMappedAsABoolean() throws IOException {
    AnnotatedDocument plain = SampleDocuments.document(3);
    assertThat(DocumentSource.of(plain)).doesNotContainKey(DocumentSource.ENCODING_SUSPECT);

    AnnotatedDocument suspect =
        new AnnotatedDocument(
            plain.article().withEncodingSuspect(true), plain.analysis(), plain.caseIds());
    Map<String, Object> source = DocumentSource.of(suspect);
    assertThat(source).containsEntry(DocumentSource.ENCODING_SUSPECT, true);

    assertThat(
            CasewatchIndexTest.read(CasewatchIndex.DOCUMENTS)
                .path("mappings")
                .path("properties")
                .path(DocumentSource.ENCODING_SUSPECT)
                .path("type")
                .asText())
        .isEqualTo("boolean");
  }
}
