package org.casewatch.pipeline.bench;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.casewatch.index.sink.ElementConverter;
import org.casewatch.index.sink.IndexAction;

/**
 * Turns a document number into the index operation that stores benchmark document {@code i}, so
 * that a Flink job of numbers drives the real {@code ElasticsearchSink} with the same documents the
 * plain {@code _bulk} loop writes. Serializable: it carries the generator into the job graph.
 */
final class BenchDocumentConverter implements ElementConverter<Long> {

  private static final long serialVersionUID = 1L;

  /**
   * When the first record of the running job was converted ({@link System#nanoTime()}), or 0: the
   * job runs on an in-process MiniCluster, so the benchmark can read it to start the clock at the
   * first document rather than at job submission.
   */
  static final AtomicLong FIRST_RECORD_NANOS = new AtomicLong();

  private final String index;
  private final DocumentGenerator generator;
  private final MappingFilter filter;

  BenchDocumentConverter(String index, DocumentGenerator generator, MappingFilter filter) {
    this.index = index;
    this.generator = generator;
    this.filter = filter;
  }

  @Override
  public IndexAction convert(Long element) {
    if (FIRST_RECORD_NANOS.get() == 0) {
      FIRST_RECORD_NANOS.compareAndSet(0, System.nanoTime());
    }
    Map<String, Object> document = filter.apply(generator.document(element));
    return new IndexAction(
        index, (String) document.get("id"), (String) document.get("url"), document);
  }
}
