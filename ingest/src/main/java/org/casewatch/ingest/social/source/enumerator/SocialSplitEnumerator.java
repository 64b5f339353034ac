package org.casewatch.ingest.social.source.enumerator;

import java.util.List;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.casewatch.ingest.social.source.split.SocialSplit;
import org.casewatch.ingest.source.enumerator.RoundRobinSplitEnumerator;

/**
 * Assigns the social splits (one per query) to the readers, round robin; see {@link
 * RoundRobinSplitEnumerator}. In bounded mode readers finish after draining each of their queries
 * once; in continuous mode they keep their splits for ever.
 */
public final class SocialSplitEnumerator
    extends RoundRobinSplitEnumerator<SocialSplit, SocialEnumeratorState> {

  /**
   * An enumerator.
   *
   * @param context the Flink context
   * @param pending the splits to assign (all queries at start, the checkpointed ones on restore)
   * @param bounded whether readers finish after draining each split once
   */
  public SocialSplitEnumerator(
      SplitEnumeratorContext<SocialSplit> context, List<SocialSplit> pending, boolean bounded) {
    super(context, pending, bounded, SocialEnumeratorState::new);
  }
}
