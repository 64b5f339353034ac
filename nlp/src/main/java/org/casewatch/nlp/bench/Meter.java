package org.casewatch.nlp.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Builds one pipeline and measures it over the sample: CPU time of the calling thread ({@link
 * ThreadMXBean}), so that "per core" holds on a machine other work is loading, wall time next to
 * it, and heap after garbage collection ({@code MemoryMXBean}) once the models are loaded and after
 * the run.
 *
 * <p>How: CoreNLP keeps loaded annotators in a JVM-wide pool, so the pool is cleared and the heap
 * collected before each pipeline is built; its heap figures then count its own models, not those of
 * the pipeline measured before it. The pool is left filled afterwards, so that a pipeline built
 * with the same properties right after (the gate check) reuses the models. Warm-up documents run
 * first and are not counted. Progress is printed at most every {@link #PROGRESS_SECONDS} seconds.
 */
final class Meter {

  /** The shortest interval between two progress lines: <b>15 seconds</b>. */
  static final int PROGRESS_SECONDS = 15;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final PrintWriter out;

  Meter(PrintWriter out) {
    this.out = out;
  }

  Measurement measure(
      String label,
      Supplier<BenchPipeline> factory,
      List<BbcSample.Document> warmup,
      List<BbcSample.Document> docs) {
    StanfordCoreNLP.clearAnnotatorPool();
    usedHeapAfterGc();
    out.printf(Locale.ROOT, "%s: loading...%n", label);
    out.flush();
    long loadStart = System.nanoTime();
    try (BenchPipeline pipeline = factory.get()) {
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      long heapAfterLoad = usedHeapAfterGc();
      out.printf(
          Locale.ROOT,
          "%s: loaded in %.1f s, heap %s; warming up on %d document(s)%n",
          label,
          loadSeconds,
          mb(heapAfterLoad),
          warmup.size());
      out.flush();
      for (BbcSample.Document d : warmup) {
        pipeline.annotate(d.text());
      }
      resetPeaks();
      long tokens = 0;
      int done = 0;
      int partial = 0;
      int failed = 0;
      String firstFailure = null;
      long cpuStart = cpuNanos();
      long wallStart = System.nanoTime();
      long lastProgress = wallStart;
      for (BbcSample.Document d : docs) {
        try {
          if (!pipeline.annotate(d.text())) {
            partial++;
          }
        } catch (RuntimeException e) {
          failed++;
          firstFailure = firstFailure == null ? d.id() + ": " + e : firstFailure;
        }
        tokens += d.tokens();
        done++;
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_SECONDS * 1_000_000_000L || done == docs.size()) {
          lastProgress = now;
          double cpu = (cpuNanos() - cpuStart) / 1e9;
          out.printf(
              Locale.ROOT,
              "%s: %d/%d documents, %d tokens, %.0f tokens/s/core, %.0f s%n",
              label,
              done,
              docs.size(),
              tokens,
              cpu <= 0 ? 0 : tokens / cpu,
              (now - wallStart) / 1e9);
          out.flush();
        }
      }
      double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
      double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
      long peak = peakHeap();
      long heapAfterRun = usedHeapAfterGc();
      return new Measurement(
          label,
          done,
          tokens,
          cpuSeconds,
          wallSeconds,
          loadSeconds,
          heapAfterLoad,
          heapAfterRun,
          peak,
          partial,
          failed,
          firstFailure);
    }
  }

  /** CPU time of the calling thread, in nanoseconds. */
  static long cpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Used heap after two full collections, in bytes. */
  static long usedHeapAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Bytes as megabytes, for the report. */
  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
  }
}
