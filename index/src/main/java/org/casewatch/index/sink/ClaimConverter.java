package org.casewatch.index.sink;

import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.ClaimSource;
import org.casewatch.model.ClaimRecord;

/**
 * Writes a {@link ClaimRecord} to the {@code casewatch-claims} alias under its deterministic claim
 * id, so that re-annotating a document rewrites its claims instead of adding copies.
 */
public final class ClaimConverter implements ElementConverter<ClaimRecord> {

  private static final long serialVersionUID = 1L;

  @Override
  public IndexAction convert(ClaimRecord claim) {
    return new IndexAction(
        CasewatchIndex.CLAIMS.alias(), claim.id(), claim.document().url(), ClaimSource.of(claim));
  }
}
