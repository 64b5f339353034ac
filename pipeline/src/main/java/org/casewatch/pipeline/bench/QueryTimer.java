package org.casewatch.pipeline.bench;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Times the queries of one kind: a warm-up whose latencies are discarded, then {@code queries}
 * randomized queries one after another, each timed on the client from request to parsed response,
 * which is the latency a caller of the query service sees.
 */
final class QueryTimer {

  private QueryTimer() {}

  /**
   * Runs and times one kind; the random stream derives from the seed and the kind.
   *
   * @param afterWarmup run between the warm-up and the timed queries
   */
  static KindResult time(
      QueryKind kind,
      QueryWorkload.Runner runner,
      long seed,
      int warmup,
      int queries,
      Runnable afterWarmup) {
    SplittableRandom random = Hashing.random(seed, 100 + kind.ordinal(), 0);
    for (int i = 0; i < warmup; i++) {
      try {
        runner.run(random);
      } catch (IOException | RuntimeException e) {
        // Warm-up failures show up again, and are counted, in the measured run.
      }
    }
    afterWarmup.run();
    long[] nanos = new long[queries];
    int measured = 0;
    int errors = 0;
    long results = 0;
    String firstError = "";
    for (int i = 0; i < queries; i++) {
      long start = System.nanoTime();
      try {
        results += runner.run(random);
        nanos[measured++] = System.nanoTime() - start;
      } catch (IOException | RuntimeException e) {
        if (errors++ == 0) {
          firstError = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
      }
    }
    long[] samples = java.util.Arrays.copyOf(nanos, measured);
    return new KindResult(
        kind,
        LatencyStats.ofNanos(samples),
        measured == 0 ? 0 : (double) results / measured,
        errors,
        firstError);
  }
}
