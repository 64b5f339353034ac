package org.casewatch.pipeline.job;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.EventRecord;

/**
 * Emits each case event of an annotated document as its own {@link EventRecord}, linked to the
 * document and under its deterministic id ({@link EventRecord#of(AnnotatedDocument)}).
 */
final class EventsOf implements FlatMapFunction<AnnotatedDocument, EventRecord> {

  private static final long serialVersionUID = 1L;

  @Override
  public void flatMap(AnnotatedDocument document, Collector<EventRecord> out) {
    EventRecord.of(document).forEach(out::collect);
  }
}
