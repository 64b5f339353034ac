package org.casewatch.ingest.flink;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.casewatch.ingest.dedup.ContentHash;
import org.casewatch.ingest.dedup.Publishers;
import org.casewatch.ingest.dedup.SimHash;
import org.casewatch.ingest.dedup.SyndicationWindow;
import org.casewatch.model.Article;
import org.casewatch.model.Provenance;

/**
 * Completes each article's {@link Provenance}: platform ({@code web} unless the source set one),
 * publisher (the {@link Publishers registrable domain} of the canonical URL for web and archive
 * documents, the platform name for posts, unless the source set one), the exact {@link ContentHash
 * body hash}, and the syndication group from a {@link SyndicationWindow} of recent documents.
 *
 * <p>The window is operator state, checkpointed as a list of entries and restored in order, so a
 * syndicated copy that arrives after a restart still joins its group. Run it with parallelism
 * <b>1</b>: each parallel instance would hold its own window and miss copies seen by the others.
 * Memory is bounded by the window's capacity (<b>{@value SyndicationWindow#DEFAULT_CAPACITY}
 * documents</b> by default, about 10 MB of heap and of checkpoint). Metrics: counters {@code
 * syndicatedCopies} (documents that joined an earlier document's group) and {@code
 * syndicationGroups} (documents that started a group).
 *
 * <pre>{@code
 * articles.process(new ProvenanceFunction()).uid("provenance").setParallelism(1);
 * }</pre>
 */
public class ProvenanceFunction extends ProcessFunction<Article, Article>
    implements CheckpointedFunction {

  private static final long serialVersionUID = 1L;

  private final int capacity;
  private final int threshold;
  private transient SyndicationWindow window;
  private transient ListState<SyndicationWindow.Entry> state;
  private transient Counter copies;
  private transient Counter groups;

  /** A function with the default window and threshold. */
  public ProvenanceFunction() {
    this(SyndicationWindow.DEFAULT_CAPACITY, SimHash.DEFAULT_THRESHOLD);
  }

  /** A function keeping {@code capacity} documents, grouping at {@code threshold} bits. */
  public ProvenanceFunction(int capacity, int threshold) {
    new SyndicationWindow(1, threshold); // validates the threshold here, not on the task
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
    this.threshold = threshold;
  }

  @Override
  public void initializeState(FunctionInitializationContext context) throws Exception {
    state =
        context
            .getOperatorStateStore()
            .getListState(
                new ListStateDescriptor<>(
                    "syndication-window", TypeInformation.of(SyndicationWindow.Entry.class)));
    window = new SyndicationWindow(capacity, threshold);
    if (context.isRestored()) {
      for (SyndicationWindow.Entry entry : state.get()) {
        window.restore(entry);
      }
    }
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    state.update(new ArrayList<>(window.entries()));
  }

  @Override
  public void open(OpenContext openContext) {
    copies = getRuntimeContext().getMetricGroup().counter("syndicatedCopies");
    groups = getRuntimeContext().getMetricGroup().counter("syndicationGroups");
  }

  @Override
  public void processElement(Article article, Context ctx, Collector<Article> out) {
    String id = article.id();
    String group = window.add(id, article.body());
    if (group.equals(id)) {
      groups.inc();
    } else {
      copies.inc();
    }
    out.collect(article.withProvenance(complete(article, group)));
  }

  /** The article's provenance with platform, publisher, body hash and the given group. */
  public static Provenance complete(Article article, String syndicationGroup) {
    Provenance p = article.provenance();
    String platform = p.platform() != null ? p.platform() : Provenance.WEB;
    String publisher = p.publisher();
    if (publisher == null) {
      publisher =
          platform.equals(Provenance.WEB) || platform.equals(Provenance.ARCHIVE)
              ? Publishers.of(article.canonicalUrl())
              : platform;
    }
    return p.withPlatform(platform)
        .withPublisher(publisher)
        .withSyndication(ContentHash.of(article.body()), syndicationGroup);
  }

  /** The entries to test a snapshot with; package-private for tests. */
  List<SyndicationWindow.Entry> entries() {
    return window.entries();
  }
}
