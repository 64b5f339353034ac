package org.casewatch.pipeline.job;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.ClaimRecord;

/**
 * Emits each allegation claim of an annotated document as its own {@link ClaimRecord}, linked to
 * the document and under its deterministic id ({@link ClaimRecord#of(AnnotatedDocument)}).
 */
final class ClaimsOf implements FlatMapFunction<AnnotatedDocument, ClaimRecord> {

  private static final long serialVersionUID = 1L;

  @Override
  public void flatMap(AnnotatedDocument document, Collector<ClaimRecord> out) {
    ClaimRecord.of(document).forEach(out::collect);
  }
}
