package org.casewatch.ingest.source.enumerator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import org.apache.flink.api.connector.source.ReaderInfo;
import org.apache.flink.api.connector.source.SourceEvent;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.connector.source.SplitsAssignment;
import org.apache.flink.metrics.groups.SplitEnumeratorMetricGroup;
import org.junit.jupiter.api.Test;

/**
 * The enumerator's dealing: nothing until every reader of the parallelism has registered, then
 * round robin in subtask order; splits handed back are dealt again when their reader returns; and
 * "no more splits" only in bounded mode, once per reader registration.
 */
class RoundRobinSplitEnumeratorTest {

  record Split(String id) implements SourceSplit {
    @Override
    public String splitId() {
      return id;
    }
  }

  /**
   * Records what the enumerator asks of the runtime. Flink's own mock context lives in a test jar
   * that is not on Maven Central, and only the calls below are used.
   */
  static final class RecordingContext implements SplitEnumeratorContext<Split> {
    final int parallelism;
    final Map<Integer, ReaderInfo> readers = new TreeMap<>();
    final Map<Integer, List<String>> assigned = new TreeMap<>();
    final List<Integer> noMoreSplits = new ArrayList<>();

    RecordingContext(int parallelism) {
      this.parallelism = parallelism;
    }

    void register(int subtask) {
      readers.put(subtask, new ReaderInfo(subtask, "localhost"));
    }

    @Override
    public SplitEnumeratorMetricGroup metricGroup() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void sendEventToSourceReader(int subtaskId, SourceEvent event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int currentParallelism() {
      return parallelism;
    }

    @Override
    public Map<Integer, ReaderInfo> registeredReaders() {
      return Map.copyOf(readers);
    }

    @Override
    public void assignSplits(SplitsAssignment<Split> assignment) {
      assignment
          .assignment()
          .forEach(
              (reader, splits) ->
                  splits.forEach(
                      s -> assigned.computeIfAbsent(reader, r -> new ArrayList<>()).add(s.id())));
    }

    @Override
    public void signalNoMoreSplits(int subtask) {
      noMoreSplits.add(subtask);
    }

    @Override
    public <T> void callAsync(Callable<T> callable, BiConsumer<T, Throwable> handler) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> void callAsync(
        Callable<T> callable, BiConsumer<T, Throwable> handler, long delay, long period) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void runInCoordinatorThread(Runnable runnable) {
      runnable.run();
    }
  }

  private static List<Split> splits(String... ids) {
    return java.util.Arrays.stream(ids).map(Split::new).toList();
  }

  @Test
  void dealsRoundRobinOnlyOnceEveryReaderHasRegistered() {
    RecordingContext context = new RecordingContext(2);
    var enumerator =
        new RoundRobinSplitEnumerator<Split, List<Split>>(
            context, splits("a", "b", "c"), true, List::copyOf);
    context.register(1);
    enumerator.addReader(1);
    assertThat(context.assigned).isEmpty();
    assertThat(context.noMoreSplits).isEmpty();
    assertThat(enumerator.snapshotState(1)).extracting(Split::id).containsExactly("a", "b", "c");

    context.register(0);
    enumerator.addReader(0);
    assertThat(context.assigned).isEqualTo(Map.of(0, List.of("a", "c"), 1, List.of("b")));
    assertThat(context.noMoreSplits).containsExactly(0, 1);
    assertThat(enumerator.snapshotState(2)).isEmpty();

    // A later split request neither deals again nor repeats "no more splits".
    enumerator.handleSplitRequest(0, "localhost");
    assertThat(context.noMoreSplits).containsExactly(0, 1);
  }

  @Test
  void splitsHandedBackAfterAFailureGoToTheReaderThatReturns() {
    RecordingContext context = new RecordingContext(2);
    var enumerator =
        new RoundRobinSplitEnumerator<Split, List<Split>>(
            context, splits("a", "b"), true, List::copyOf);
    context.register(0);
    context.register(1);
    enumerator.addReader(0);
    context.assigned.clear();

    enumerator.addSplitsBack(splits("b"), 1);
    assertThat(enumerator.snapshotState(3)).extracting(Split::id).containsExactly("b");
    enumerator.addReader(1);
    // both readers are registered: the pending split is dealt from the first reader on
    assertThat(context.assigned).isEqualTo(Map.of(0, List.of("b")));
    assertThat(context.noMoreSplits).containsExactly(0, 1, 1);
  }

  @Test
  void continuousModeNeverSignalsNoMoreSplits() {
    RecordingContext context = new RecordingContext(1);
    var enumerator =
        new RoundRobinSplitEnumerator<Split, List<Split>>(
            context, splits("feed"), false, List::copyOf);
    context.register(0);
    enumerator.addReader(0);
    enumerator.handleSplitRequest(0, "localhost");
    assertThat(context.assigned).isEqualTo(Map.of(0, List.of("feed")));
    assertThat(context.noMoreSplits).isEmpty();
  }
}
