package org.casewatch.ingest.social.source.enumerator;

import java.util.List;
import org.casewatch.ingest.social.source.split.SocialSplit;

/**
 * The checkpointed state of the {@link SocialSplitEnumerator}: the splits not yet assigned to a
 * reader (assigned splits are checkpointed by their readers).
 *
 * @param pendingSplits the splits waiting for assignment
 */
public record SocialEnumeratorState(List<SocialSplit> pendingSplits) {

  public SocialEnumeratorState {
    pendingSplits = List.copyOf(pendingSplits);
  }
}
