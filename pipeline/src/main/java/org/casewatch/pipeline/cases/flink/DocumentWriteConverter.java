package org.casewatch.pipeline.cases.flink;

import java.util.Map;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.DocumentSource;
import org.casewatch.index.sink.DocumentConverter;
import org.casewatch.index.sink.ElementConverter;
import org.casewatch.index.sink.IndexAction;

/**
 * Turns a {@link DocumentWrite} into its index operation: a whole document through {@link
 * DocumentConverter}, a case-id change into a partial update of {@code case_ids} alone.
 * Deterministic, so a replay writes the same.
 */
public final class DocumentWriteConverter implements ElementConverter<DocumentWrite> {

  private static final long serialVersionUID = 1L;

  private final DocumentConverter documents = new DocumentConverter();

  @Override
  public IndexAction convert(DocumentWrite write) {
    if (!write.isUpdate()) {
      return documents.convert(write.document());
    }
    return IndexAction.update(
        CasewatchIndex.DOCUMENTS.alias(),
        write.documentId(),
        null,
        Map.of(DocumentSource.CASE_IDS, write.caseIds()));
  }
}
