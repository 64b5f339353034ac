package org.casewatch.nlp.bench;

/**
 * What one pipeline did over the sample.
 *
 * @param label the pipeline's name in the report
 * @param docs documents annotated (warm-up not counted)
 * @param tokens their PTB tokens
 * @param cpuSeconds CPU time of the annotating thread over the sample
 * @param wallSeconds wall-clock time over the sample
 * @param loadSeconds wall-clock time to build the pipeline (load its models)
 * @param heapAfterLoad used heap after a full garbage collection once the models are loaded, in
 *     bytes (earlier pipelines' models are released first)
 * @param heapAfterRun used heap after a full garbage collection after the sample, in bytes
 * @param peakHeap the sum of the heap pools' peak usage during the sample, garbage included, in
 *     bytes: an upper bound of what the pipeline needed
 * @param partial documents the pipeline marked partial (casewatch's caps or time budget)
 * @param failed documents on which the pipeline threw
 * @param firstFailure the first exception's message, or null
 */
public record Measurement(
    String label,
    int docs,
    long tokens,
    double cpuSeconds,
    double wallSeconds,
    double loadSeconds,
    long heapAfterLoad,
    long heapAfterRun,
    long peakHeap,
    int partial,
    int failed,
    String firstFailure) {

  /** Tokens per second of CPU time of one thread: tokens per second per core. */
  public double tokensPerCoreSecond() {
    return cpuSeconds <= 0 ? 0 : tokens / cpuSeconds;
  }

  /** Tokens per second of wall-clock time. */
  public double tokensPerWallSecond() {
    return wallSeconds <= 0 ? 0 : tokens / wallSeconds;
  }
}
