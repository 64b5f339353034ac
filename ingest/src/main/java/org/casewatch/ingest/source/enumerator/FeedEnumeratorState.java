package org.casewatch.ingest.source.enumerator;

import java.util.List;
import org.casewatch.ingest.source.split.FeedSplit;

/**
 * The checkpointed state of the {@link FeedSplitEnumerator}: the splits not yet assigned to a
 * reader (assigned splits are checkpointed by their readers).
 *
 * @param pendingSplits the splits waiting for assignment
 */
public record FeedEnumeratorState(List<FeedSplit> pendingSplits) {

  public FeedEnumeratorState {
    pendingSplits = List.copyOf(pendingSplits);
  }
}
