package org.casewatch.index.sink;

import org.casewatch.index.mapping.CaseSource;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.model.AllegationCase;

/**
 * Writes an {@link AllegationCase} to the {@code casewatch-cases} alias under its deterministic id,
 * so that every recomputation of a case (a later article, a replay, {@code casewatch cases
 * rebuild}) rewrites the one document.
 */
public final class CaseConverter implements ElementConverter<AllegationCase> {

  private static final long serialVersionUID = 1L;

  @Override
  public IndexAction convert(AllegationCase c) {
    return new IndexAction(CasewatchIndex.CASES.alias(), c.id(), null, CaseSource.of(c));
  }
}
