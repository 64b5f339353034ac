package org.casewatch.ingest.social.source.enumerator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.connector.source.SplitsAssignment;
import org.casewatch.ingest.social.source.split.SocialSplit;

/**
 * Assigns the social splits (one per query) to the readers.
 *
 * <p>How: once every reader of the current parallelism has registered, the pending splits are dealt
 * round robin over the readers in subtask order; splits handed back after a reader failure become
 * pending again and are dealt when that reader registers again. In bounded mode, every reader is
 * told there are no more splits once nothing is pending, so that it finishes after draining its
 * queries; in continuous mode readers keep their splits for ever.
 */
public final class SocialSplitEnumerator
    implements SplitEnumerator<SocialSplit, SocialEnumeratorState> {

  private final SplitEnumeratorContext<SocialSplit> context;
  private final List<SocialSplit> pending;
  private final boolean bounded;
  private final Set<Integer> toldNoMoreSplits = new HashSet<>();

  /**
   * An enumerator.
   *
   * @param context the Flink context
   * @param pending the splits to assign (all queries at start, the checkpointed ones on restore)
   * @param bounded whether readers finish after draining each split once
   */
  public SocialSplitEnumerator(
      SplitEnumeratorContext<SocialSplit> context, List<SocialSplit> pending, boolean bounded) {
    this.context = context;
    this.pending = new ArrayList<>(pending);
    this.bounded = bounded;
  }

  @Override
  public void start() {}

  @Override
  public void handleSplitRequest(int subtaskId, String requesterHostname) {
    assignPending();
  }

  @Override
  public void addSplitsBack(List<SocialSplit> splits, int subtaskId) {
    pending.addAll(splits);
    toldNoMoreSplits.remove(subtaskId);
  }

  @Override
  public void addReader(int subtaskId) {
    toldNoMoreSplits.remove(subtaskId);
    assignPending();
  }

  @Override
  public SocialEnumeratorState snapshotState(long checkpointId) {
    return new SocialEnumeratorState(pending);
  }

  @Override
  public void close() {}

  private void assignPending() {
    Set<Integer> readers = new TreeSet<>(context.registeredReaders().keySet());
    if (readers.size() < context.currentParallelism()) {
      return;
    }
    if (!pending.isEmpty()) {
      List<Integer> order = new ArrayList<>(readers);
      Map<Integer, List<SocialSplit>> assignment = new HashMap<>();
      for (int i = 0; i < pending.size(); i++) {
        int reader = order.get(i % order.size());
        assignment.computeIfAbsent(reader, r -> new ArrayList<>()).add(pending.get(i));
      }
      context.assignSplits(new SplitsAssignment<>(assignment));
      pending.clear();
    }
    if (bounded) {
      for (int reader : readers) {
        if (toldNoMoreSplits.add(reader)) {
          context.signalNoMoreSplits(reader);
        }
      }
    }
  }
}
