package org.casewatch.nlp.corenlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;

/**
 * The neural dependency parser (CoreNLP's default English model, Universal Dependencies) run the
 * way the claim rules need it: only the enhanced++ graph is built.
 *
 * <p>How and why: CoreNLP's {@code depparse} annotator builds five graphs from each parse (basic,
 * collapsed, CC-processed, enhanced and enhanced++), and the conversions cost about a third of its
 * time on the gated sentences; casewatch's rules read only enhanced++. So the parser is called
 * directly and that one graph built the same way the annotator builds it ({@code
 * SemanticGraphFactory.makeFromTree(gs, ENHANCED_PLUS_PLUS, NONE, null)}), leaving the sentence
 * without the other four. The model loads once per class loader (like CoreNLP's annotator pool) and
 * is shared: parsing is thread-safe.
 */
final class DependencyParses {

  private static volatile DependencyParser shared;

  private DependencyParses() {}

  /** The shared parser, loading the model on first use (a few seconds). */
  static DependencyParser parser() {
    DependencyParser p = shared;
    if (p == null) {
      synchronized (DependencyParses.class) {
        p = shared;
        if (p == null) {
          p = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
          shared = p;
        }
      }
    }
    return p;
  }

  /**
   * Parses {@code sentence} (tokens with tags) with {@code parser} and sets its {@link
   * SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation}, which it returns.
   */
  static SemanticGraph parse(DependencyParser parser, CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    SemanticGraph graph =
        SemanticGraphFactory.makeFromTree(
            gs,
            SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
            GrammaticalStructure.Extras.NONE,
            null);
    sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
    return graph;
  }
}
