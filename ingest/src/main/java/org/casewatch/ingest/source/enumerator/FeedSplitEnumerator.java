package org.casewatch.ingest.source.enumerator;

import java.util.List;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.casewatch.ingest.source.split.FeedSplit;

/**
 * Assigns the feed and sitemap splits (one per URL) to the readers, round robin; see {@link
 * RoundRobinSplitEnumerator}. In bounded mode readers finish after their one poll; in continuous
 * mode they keep their splits for ever.
 */
public final class FeedSplitEnumerator
    extends RoundRobinSplitEnumerator<FeedSplit, FeedEnumeratorState> {

  /**
   * An enumerator.
   *
   * @param context the Flink context
   * @param pending the splits to assign (all URLs at start, the checkpointed ones on restore)
   * @param bounded whether readers finish after one poll of each split
   */
  public FeedSplitEnumerator(
      SplitEnumeratorContext<FeedSplit> context, List<FeedSplit> pending, boolean bounded) {
    super(context, pending, bounded, FeedEnumeratorState::new);
  }
}
