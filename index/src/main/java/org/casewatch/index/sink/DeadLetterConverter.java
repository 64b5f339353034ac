package org.casewatch.index.sink;

import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.DeadLetterSource;
import org.casewatch.model.DeadLetter;

/**
 * Writes a {@link DeadLetter} from an upstream stage (feed, fetch, extract, nlp) to the {@code
 * casewatch-dead-letters} alias, under an id derived from its stage and record id so a replayed
 * failure overwrites its earlier dead letter.
 */
public final class DeadLetterConverter implements ElementConverter<DeadLetter> {

  private static final long serialVersionUID = 1L;

  @Override
  public IndexAction convert(DeadLetter deadLetter) {
    return new IndexAction(
        CasewatchIndex.DEAD_LETTERS.alias(),
        DeadLetterSource.id(deadLetter),
        deadLetter.sourceUrl(),
        DeadLetterSource.of(deadLetter));
  }
}
