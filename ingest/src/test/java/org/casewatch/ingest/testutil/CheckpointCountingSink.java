package org.casewatch.ingest.testutil;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.api.connector.sink2.SupportsWriterState;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.util.function.SerializableFunction;

/**
 * A sink for kill-and-resume tests: counts every record that reaches it by a key, in this JVM, and
 * records the running total when each checkpoint's barrier passes it.
 *
 * <p>Why a stateful writer with empty state: {@link StatefulSinkWriter#snapshotState} is called
 * exactly when the barrier passes, so the total recorded for a checkpoint is the number of records
 * a job restored from it will not send again. The counts live in a static {@link Tally} named by
 * the test (the sink itself is serialized into the job); several sinks may share one tally.
 *
 * @param <T> the record type
 */
public final class CheckpointCountingSink<T> implements Sink<T>, SupportsWriterState<T, Integer> {
  private static final long serialVersionUID = 1L;

  private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();

  private final String tally;
  private final SerializableFunction<T, String> key;
  private final long delayMillis;

  private CheckpointCountingSink(
      String tally, SerializableFunction<T, String> key, Duration delay) {
    this.tally = Objects.requireNonNull(tally, "tally");
    this.key = Objects.requireNonNull(key, "key");
    this.delayMillis = delay.toMillis();
  }

  /** A sink counting into the tally {@code name} by {@code key}, sleeping {@code delay} each. */
  public static <T> CheckpointCountingSink<T> into(
      String name, SerializableFunction<T, String> key, Duration delay) {
    return new CheckpointCountingSink<>(name, key, delay);
  }

  /** A sink counting into the tally {@code name} by {@code key}, without delay. */
  public static <T> CheckpointCountingSink<T> into(
      String name, SerializableFunction<T, String> key) {
    return into(name, key, Duration.ZERO);
  }

  /** The tally {@code name}, created empty on first use. */
  public static Tally tally(String name) {
    return TALLIES.computeIfAbsent(name, n -> new Tally());
  }

  /** What reached the sinks of one tally, by key, and the total at each checkpoint. */
  public static final class Tally {
    private final Map<String, Integer> sunk = new ConcurrentHashMap<>();
    private final Map<Long, Integer> atCheckpoint = new ConcurrentHashMap<>();

    private Tally() {}

    /** Forgets everything (call at the start of a test). */
    public void clear() {
      sunk.clear();
      atCheckpoint.clear();
    }

    /** How many times each key reached a sink. */
    public Map<String, Integer> sunk() {
      return sunk;
    }

    /** Every record that reached a sink, duplicates included. */
    public int total() {
      return sunk.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The total when checkpoint {@code id}'s barrier passed, or null before that. */
    public Integer atCheckpoint(long id) {
      return atCheckpoint.get(id);
    }

    /** The most records sunk between two consecutive checkpoints. */
    public int mostInOneInterval() {
      List<Long> ids = atCheckpoint.keySet().stream().sorted().toList();
      int most = 0;
      for (int i = 1; i < ids.size(); i++) {
        most = Math.max(most, atCheckpoint.get(ids.get(i)) - atCheckpoint.get(ids.get(i - 1)));
      }
      return most;
    }
  }

  @Override
  public StatefulSinkWriter<T, Integer> createWriter(WriterInitContext context) {
    Tally t = tally(tally);
    return new StatefulSinkWriter<>() {
      @Override
      public void write(T element, Context ctx) throws InterruptedException {
        if (delayMillis > 0) {
          Thread.sleep(delayMillis);
        }
        t.sunk.merge(key.apply(element), 1, Integer::sum);
      }

      @Override
      public List<Integer> snapshotState(long checkpointId) {
        t.atCheckpoint.put(checkpointId, t.total());
        return List.of();
      }

      @Override
      public void flush(boolean endOfInput) {}

      @Override
      public void close() {}
    };
  }

  @Override
  public StatefulSinkWriter<T, Integer> restoreWriter(
      WriterInitContext context, Collection<Integer> recoveredState) {
    return createWriter(context);
  }

  @Override
  public SimpleVersionedSerializer<Integer> getWriterStateSerializer() {
    return new SimpleVersionedSerializer<>() {
      @Override
      public int getVersion() {
        return 1;
      }

      @Override
      public byte[] serialize(Integer value) {
        return new byte[0];
      }

      @Override
      public Integer deserialize(int version, byte[] serialized) {
        return 0;
      }
    };
  }
}
