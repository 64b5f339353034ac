package org.casewatch.index.sink;

import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.DocumentSource;
import org.casewatch.model.AnnotatedDocument;

/**
 * Writes an {@link AnnotatedDocument} to the {@code casewatch-documents} alias under {@link
 * AnnotatedDocument#id()}, the hash of its canonical URL, so that every replay or re-fetch of an
 * article rewrites one document.
 */
public final class DocumentConverter implements ElementConverter<AnnotatedDocument> {

  private static final long serialVersionUID = 1L;

  @Override
  public IndexAction convert(AnnotatedDocument document) {
    return new IndexAction(
        CasewatchIndex.DOCUMENTS.alias(),
        document.id(),
        document.article().url(),
        DocumentSource.of(document));
  }
}
