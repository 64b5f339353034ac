package org.casewatch.pipeline.bench;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints how far a long load is: records done of the total, the rate since the start and the time
 * left at that rate, at most once per {@link #INTERVAL_NANOS} so that it costs nothing per record.
 * Not thread-safe except {@link #update}, which may be called from one other thread.
 */
final class Progress {

  /** The shortest time between two lines: **5 seconds**. */
  static final long INTERVAL_NANOS = 5_000_000_000L;

  private final PrintWriter out;
  private final String label;
  private final long total;
  private final long started = System.nanoTime();
  private volatile long lastPrinted = started;

  Progress(PrintWriter out, String label, long total) {
    this.out = out;
    this.label = label;
    this.total = total;
  }

  /** Reports that {@code done} records are finished; prints a line when one is due. */
  void update(long done) {
    long now = System.nanoTime();
    if (now - lastPrinted < INTERVAL_NANOS) {
      return;
    }
    lastPrinted = now;
    out.println(line(done, now - started, total, label));
    out.flush();
  }

  /** A progress line, for example {@code documents: 45,000 / 200,000, 2,250/s, ETA 1m 09s}. */
  static String line(long done, long elapsedNanos, long total, String label) {
    double seconds = elapsedNanos / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    String eta = rate > 0 ? duration((long) ((total - done) / rate)) : "?";
    return String.format(
        Locale.ROOT, "  %s: %,d / %,d, %,.0f/s, ETA %s", label, done, total, rate, eta);
  }

  /** Seconds as {@code 1h 02m 03s}, {@code 2m 03s} or {@code 3s}. */
  static String duration(long seconds) {
    if (seconds >= 3600) {
      return String.format(
          Locale.ROOT, "%dh %02dm %02ds", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
    if (seconds >= 60) {
      return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    }
    return seconds + "s";
  }
}
