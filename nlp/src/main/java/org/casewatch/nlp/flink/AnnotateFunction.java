package org.casewatch.nlp.flink;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.Annotations;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.nlp.NlpAnnotator;
import org.casewatch.nlp.NlpAnnotators;
import org.casewatch.nlp.NlpConfig;
import org.casewatch.nlp.NlpIssue;
import org.casewatch.nlp.NlpResult;

/**
 * Annotates each {@link Article} and emits it as an {@link AnnotatedDocument} carrying the full
 * {@link org.casewatch.model.DocumentAnalysis}: annotations, allegation claims, case events and the
 * sentiment toward the claims' parties.
 *
 * <p>Every article is emitted, bad ones with partial annotations, so that the document is still
 * indexed. When CoreNLP failed on an article, a {@link DeadLetter} (stage {@code nlp}, error type
 * {@code ANNOTATOR_FAILURE}) also goes to the side output {@link #NLP_FAILURES}, so that the
 * failure becomes data next to the indexed document.
 *
 * <p>The annotator is not shipped in the job graph: only the serializable {@link NlpConfig} is.
 * {@link #open(OpenContext)} takes a lease on the JVM-wide annotator for that configuration ({@link
 * NlpAnnotators#shared(NlpConfig)}), so parallel subtasks in one JVM load the models once and
 * annotate concurrently on it; {@link #close()} returns the lease.
 *
 * <p>Metrics (counters on the operator group): {@code nlpDocumentsAnnotated} (every article),
 * {@code nlpDocumentsPartial} (annotations marked partial), {@code nlpDocumentsFailed} (CoreNLP
 * threw). Usage: {@code articles.process(new AnnotateFunction(config)).uid("nlp-annotate")}.
 */
public class AnnotateFunction extends ProcessFunction<Article, AnnotatedDocument> {

  private static final long serialVersionUID = 1L;

  /** Side output of dead letters for articles on which CoreNLP failed. */
  public static final OutputTag<DeadLetter> NLP_FAILURES =
      new OutputTag<>("nlp-failures", TypeInformation.of(DeadLetter.class));

  /** The dead-letter stage name of this step. */
  public static final String STAGE = "nlp";

  private final NlpConfig config;
  private final Clock clock;

  private transient NlpAnnotator annotator;
  private transient Counter annotated;
  private transient Counter partial;
  private transient Counter failed;

  /** A function annotating with {@code config}. */
  public AnnotateFunction(NlpConfig config) {
    this(config, Clock.systemUTC());
  }

  /** A function annotating with {@code config}; dead letters are timestamped from {@code clock}. */
  public AnnotateFunction(NlpConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void open(OpenContext openContext) throws Exception {
    MetricGroup metrics = getRuntimeContext().getMetricGroup();
    annotated = metrics.counter("nlpDocumentsAnnotated");
    partial = metrics.counter("nlpDocumentsPartial");
    failed = metrics.counter("nlpDocumentsFailed");
    annotator = NlpAnnotators.shared(config);
  }

  @Override
  public void processElement(Article article, Context ctx, Collector<AnnotatedDocument> out) {
    LocalDate published =
        article.publishedAt() == null
            ? null
            : article.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
    NlpResult result = annotator.annotateDetailed(article.title(), article.body(), published);
    Annotations annotations = result.annotations();
    annotated.inc();
    if (annotations.partial()) {
      partial.inc();
    }
    if (result.failed()) {
      failed.inc();
      ctx.output(NLP_FAILURES, deadLetter(article, result));
    }
    out.collect(new AnnotatedDocument(article, result.analysis()));
  }

  private DeadLetter deadLetter(Article article, NlpResult result) {
    String reason =
        result.issues().stream()
            .filter(i -> i.kind() == NlpIssue.Kind.ANNOTATOR_FAILURE)
            .map(NlpIssue::detail)
            .findFirst()
            .orElse("");
    return new DeadLetter(
        article.id(),
        article.url(),
        STAGE,
        NlpIssue.Kind.ANNOTATOR_FAILURE.name(),
        reason,
        0,
        clock.instant());
  }

  @Override
  public void close() throws Exception {
    if (annotator != null) {
      annotator.close();
      annotator = null;
    }
  }
}
