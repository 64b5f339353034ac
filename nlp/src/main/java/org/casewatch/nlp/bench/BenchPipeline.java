package org.casewatch.nlp.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.casewatch.nlp.NlpAnnotator;
import org.casewatch.nlp.NlpAnnotators;
import org.casewatch.nlp.NlpConfig;

/**
 * One of the pipelines the benchmark compares. Building one loads its models; {@link
 * #annotate(String)} runs it over one text in the calling thread, so that the thread's CPU time is
 * the pipeline's.
 */
public interface BenchPipeline extends AutoCloseable {

  /**
   * The annotators of the reference pipeline (b): everything casewatch's output needs, on every
   * sentence, with CoreNLP's default settings (PCFG parser, default NER with SUTime and
   * fine-grained labels, CoreNLP's default coreference for English, which is the statistical
   * system).
   */
  String FULL_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,sentiment,depparse,coref";

  /** The annotators of the floor pipeline (c), with CoreNLP's default settings. */
  String FLOOR_ANNOTATORS = "tokenize,ssplit,pos";

  /**
   * Annotates one text; returns true when the result is complete (false when the pipeline marked it
   * partial).
   */
  boolean annotate(String text);

  @Override
  void close();

  /** (a) casewatch's annotator with {@code config} (gated claims, per-sentence sentiment). */
  static BenchPipeline casewatch(NlpConfig config) {
    NlpAnnotator nlp = NlpAnnotators.create(config);
    return new BenchPipeline() {
      @Override
      public boolean annotate(String text) {
        return !nlp.annotateDetailed("", text, null).annotations().partial();
      }

      @Override
      public void close() {
        nlp.close();
      }
    };
  }

  /** A CoreNLP pipeline of {@code annotators}, every other property at its default. */
  static BenchPipeline coreNlp(String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
    return new BenchPipeline() {
      @Override
      public boolean annotate(String text) {
        pipeline.annotate(new Annotation(text));
        return true;
      }

      @Override
      public void close() {
        // the models stay in CoreNLP's pool until the benchmark clears it
      }
    };
  }
}
