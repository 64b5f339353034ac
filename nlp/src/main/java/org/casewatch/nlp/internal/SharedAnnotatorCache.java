package org.casewatch.nlp.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.casewatch.nlp.NlpAnnotator;
import org.casewatch.nlp.NlpConfig;
import org.casewatch.nlp.NlpResult;

/**
 * A per-JVM, reference-counted cache of annotators keyed by configuration, so that several Flink
 * subtasks in one JVM (a MiniCluster, or a task manager with several slots) load the models once.
 *
 * <p>{@link #acquire(NlpConfig)} returns a lease; closing the lease releases it, and the last
 * release closes the shared annotator. Sharing is safe because annotators are thread-safe.
 */
public final class SharedAnnotatorCache {

  private final Function<NlpConfig, NlpAnnotator> factory;
  private final Map<NlpConfig, Entry> entries = new HashMap<>();

  /** A cache that builds missing annotators with {@code factory}. */
  public SharedAnnotatorCache(Function<NlpConfig, NlpAnnotator> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /**
   * A lease on the annotator for {@code config}, building it on first use. Building happens under
   * the cache lock, so concurrent first callers wait for one model load instead of doing two.
   */
  public synchronized NlpAnnotator acquire(NlpConfig config) {
    Objects.requireNonNull(config, "config");
    Entry entry = entries.get(config);
    if (entry == null) {
      entry = new Entry(factory.apply(config));
      entries.put(config, entry);
    }
    entry.references++;
    return new Lease(config, entry.annotator);
  }

  /** How many configurations currently have a live annotator. */
  public synchronized int size() {
    return entries.size();
  }

  private synchronized void release(NlpConfig config) {
    Entry entry = entries.get(config);
    if (entry == null) {
      return;
    }
    entry.references--;
    if (entry.references == 0) {
      entries.remove(config);
      entry.annotator.close();
    }
  }

  private static final class Entry {
    private final NlpAnnotator annotator;
    private int references;

    private Entry(NlpAnnotator annotator) {
      this.annotator = annotator;
    }
  }

  private final class Lease implements NlpAnnotator {
    private final NlpConfig config;
    private final NlpAnnotator delegate;
    private boolean closed;

    private Lease(NlpConfig config, NlpAnnotator delegate) {
      this.config = config;
      this.delegate = delegate;
    }

    @Override
    public NlpResult annotateDetailed(String title, String body) {
      return delegate.annotateDetailed(title, body);
    }

    @Override
    public NlpResult annotateDetailed(String title, String body, java.time.LocalDate published) {
      return delegate.annotateDetailed(title, body, published);
    }

    @Override
    public void close() {
      synchronized (this) {
        if (closed) {
          return;
        }
        closed = true;
      }
      release(config);
    }
  }
}
