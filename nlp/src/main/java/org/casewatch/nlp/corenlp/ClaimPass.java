package org.casewatch.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.Claim;
import org.casewatch.model.EntityMention;
import org.casewatch.nlp.allegation.AllegationExtractor;
import org.casewatch.nlp.allegation.AnalysedDocument;
import org.casewatch.nlp.allegation.TriggerLexicon;
import org.casewatch.nlp.allegation.internal.DocumentFacts;
import org.casewatch.nlp.event.EventExtractor;
import org.casewatch.nlp.internal.Deadline;
import org.casewatch.nlp.time.DateFinder;

/**
 * The gated costly pass: dependency parse (enhanced++ graph only, {@link DependencyParses}) and
 * SUTime only on sentences with an act or event trigger lemma, then claim and event extraction.
 *
 * <p>How and why: two gates. A document without one of the lemmas of {@code
 * rules/document-gate.txt} ({@link TriggerLexicon#gatesDocument(List)}) cannot carry a claim and
 * skips the pass entirely; in a document that passes, only the sentences with an act or event
 * trigger lemma ({@link TriggerLexicon#gates(List)}) are parsed. Such sentences are rare in general
 * news and common in an allegation report, so the gates keep the parser's and SUTime's cost
 * proportional to what can carry a claim or an event. A sentence whose neighbours carry no trigger
 * needs no parse of its own: pronouns and titles are resolved from cheap-pass entities ({@link
 * #NEIGHBOURS} is <b>0 sentences</b>). With {@code everySentence} the gate is off (every sentence
 * parsed), the reference the gate is measured against.
 */
final class ClaimPass {

  /** How many sentences on each side of a gated sentence are parsed too: <b>0</b>. */
  static final int NEIGHBOURS = 0;

  private final DependencyParser depparse;
  private final DateFinder dates;
  private final int maxTokens;
  private final boolean everySentence;
  private final AllegationExtractor claims = new AllegationExtractor();
  private final EventExtractor events = new EventExtractor();

  ClaimPass(DependencyParser depparse, DateFinder dates, int maxTokens, boolean everySentence) {
    this.depparse = depparse;
    this.dates = dates;
    this.maxTokens = maxTokens;
    this.everySentence = everySentence;
    // Compile the rule files now, not inside the first document's time budget.
    TriggerLexicon.standard();
    org.casewatch.nlp.allegation.internal.RoleRules.standard();
  }

  /** What the pass produced. */
  record Outcome(List<Claim> claims, List<CaseEvent> events, int gated, int skippedForTime) {}

  Outcome run(
      String text,
      List<CoreMap> sentences,
      List<EntityMention> entities,
      LocalDate published,
      Deadline deadline) {
    TriggerLexicon lexicon = TriggerLexicon.standard();
    boolean[] gate = new boolean[sentences.size()];
    List<CoreLabel> all = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens != null) {
        all.addAll(tokens);
      }
    }
    boolean document = everySentence || lexicon.gatesDocument(all);
    for (int i = 0; document && i < sentences.size(); i++) {
      List<CoreLabel> tokens = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
      if (tokens != null && (everySentence || lexicon.gates(tokens))) {
        for (int j = Math.max(0, i - NEIGHBOURS);
            j <= Math.min(sentences.size() - 1, i + NEIGHBOURS);
            j++) {
          gate[j] = true;
        }
      }
    }
    Map<Integer, SemanticGraph> graphs = new HashMap<>();
    Map<Integer, List<org.casewatch.nlp.time.DateMention>> found = new HashMap<>();
    int gated = 0;
    int skipped = 0;
    for (int i = 0; i < sentences.size(); i++) {
      if (!gate[i]) {
        continue;
      }
      CoreMap sentence = sentences.get(i);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.isEmpty() || tokens.size() > maxTokens) {
        continue;
      }
      if (deadline.expired()) {
        skipped++;
        continue;
      }
      gated++;
      SemanticGraph graph = DependencyParses.parse(depparse, sentence);
      if (graph != null) {
        graphs.put(i, graph);
        found.put(i, dates.find(sentence, published));
      }
    }
    AnalysedDocument doc =
        new AnalysedDocument(text, sentences, graphs, found, entities, published);
    DocumentFacts facts = DocumentFacts.of(doc);
    List<Claim> claimList = claims.extract(facts);
    return new Outcome(claimList, events.extract(facts, claimList), gated, skipped);
  }
}
