package org.casewatch.ingest.source.enumerator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.connector.source.SplitsAssignment;

/**
 * Assigns a fixed set of splits (feeds, sitemaps, archive files) to the readers; the enumerator of
 * every casewatch source whose splits are known up front.
 *
 * <p>How: once every reader of the current parallelism has registered, the pending splits are dealt
 * round robin over the readers in subtask order; splits handed back after a reader failure become
 * pending again and are dealt when that reader registers again. In bounded mode, every reader is
 * told there are no more splits once nothing is pending, so that it finishes once its splits are;
 * in continuous mode readers keep their splits for ever.
 *
 * @param <S> the split type
 * @param <E> the checkpointed enumerator state: the pending splits
 */
public class RoundRobinSplitEnumerator<S extends SourceSplit, E> implements SplitEnumerator<S, E> {

  private final SplitEnumeratorContext<S> context;
  private final List<S> pending;
  private final boolean bounded;
  private final Function<List<S>, E> snapshot;
  private final Set<Integer> toldNoMoreSplits = new HashSet<>();

  /**
   * An enumerator.
   *
   * @param context the Flink context
   * @param pending the splits to assign (all at start, the checkpointed ones on restore)
   * @param bounded whether readers are told when no more splits will come
   * @param snapshot makes the checkpointed state from the pending splits
   */
  public RoundRobinSplitEnumerator(
      SplitEnumeratorContext<S> context,
      List<S> pending,
      boolean bounded,
      Function<List<S>, E> snapshot) {
    this.context = context;
    this.pending = new ArrayList<>(pending);
    this.bounded = bounded;
    this.snapshot = snapshot;
  }

  @Override
  public void start() {}

  @Override
  public void handleSplitRequest(int subtaskId, String requesterHostname) {
    assignPending();
  }

  @Override
  public void addSplitsBack(List<S> splits, int subtaskId) {
    pending.addAll(splits);
    toldNoMoreSplits.remove(subtaskId);
  }

  @Override
  public void addReader(int subtaskId) {
    toldNoMoreSplits.remove(subtaskId);
    assignPending();
  }

  @Override
  public E snapshotState(long checkpointId) {
    return snapshot.apply(List.copyOf(pending));
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
      Map<Integer, List<S>> assignment = new HashMap<>();
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
