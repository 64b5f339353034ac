package org.casewatch.pipeline.cases.flink;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.casewatch.model.AnnotatedDocument;

/**
 * One write to the documents index from the case operator: a whole annotated document with its case
 * ids, or a change of the case ids of a document written before (a merge moved its claims).
 *
 * <p>Why through the case operator: a document's case ids are known only there, and a whole write
 * that reached Elasticsearch after a case-id update would wipe the update. Both kinds leave the one
 * case operator in order and are keyed by document id to the documents sink, so a document's writes
 * arrive, and are applied, in the order they were made.
 *
 * @param documentId the document id (the Elasticsearch {@code _id})
 * @param document the whole document, with its case ids, or null for a case-id update
 * @param caseIds the document's case ids, sorted
 */
public record DocumentWrite(String documentId, AnnotatedDocument document, List<String> caseIds)
    implements Serializable {

  public DocumentWrite {
    Objects.requireNonNull(documentId, "documentId");
    caseIds = List.copyOf(caseIds);
  }

  /** The whole document, written with its case ids. */
  public static DocumentWrite whole(AnnotatedDocument document) {
    return new DocumentWrite(document.id(), document, document.caseIds());
  }

  /** A change of the case ids of a stored document. */
  public static DocumentWrite caseIds(String documentId, List<String> caseIds) {
    return new DocumentWrite(documentId, null, caseIds);
  }

  /** Whether this is a case-id update of a stored document. */
  public boolean isUpdate() {
    return document == null;
  }
}
