package org.casewatch.pipeline.cases.flink;

import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.sink.CaseConverter;
import org.casewatch.index.sink.ElementConverter;
import org.casewatch.index.sink.IndexAction;

/**
 * Turns a {@link CaseWrite} into its index operation: a whole case through {@link CaseConverter}, a
 * delete into a bulk {@code delete} of the case id (a missing document counts as deleted).
 * Deterministic, so a replay writes and deletes the same.
 */
public final class CaseWriteConverter implements ElementConverter<CaseWrite> {

  private static final long serialVersionUID = 1L;

  private final CaseConverter cases = new CaseConverter();

  @Override
  public IndexAction convert(CaseWrite write) {
    if (write.isDelete()) {
      return IndexAction.delete(CasewatchIndex.CASES.alias(), write.caseId(), null);
    }
    return cases.convert(write.write());
  }
}
