package org.casewatch.nlp.allegation.internal;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Locale;
import org.casewatch.nlp.allegation.Trigger;
import org.casewatch.nlp.time.DateMention;

/**
 * What the rules found in one gated sentence.
 *
 * @param index the sentence index in the document
 * @param tokens the sentence tokens
 * @param graph the enhanced++ dependency graph
 * @param triggers the trigger spans
 * @param roles the role matches
 * @param dates the normalised dates
 * @param begin character offset of the sentence
 * @param end character offset one past the sentence
 */
public record SentenceFacts(
    int index,
    List<CoreLabel> tokens,
    SemanticGraph graph,
    List<Trigger> triggers,
    List<RoleRules.RoleMatch> roles,
    List<DateMention> dates,
    int begin,
    int end) {

  /** Whether any token's lower-case lemma is one of {@code lemmas}. */
  public boolean hasLemma(java.util.Set<String> lemmas) {
    for (CoreLabel t : tokens) {
      if (t.lemma() != null && lemmas.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The lower-case lemma of token {@code i}. */
  public String lemma(int i) {
    CoreLabel t = tokens.get(i);
    String l = t.lemma() != null ? t.lemma() : t.word();
    return l.toLowerCase(Locale.ROOT);
  }

  /** Whether token {@code ancestor} dominates token {@code node} in the graph (or is it). */
  public boolean dominates(int ancestor, int node) {
    if (ancestor == node) {
      return true;
    }
    var a = graph.getNodeByIndexSafe(ancestor + 1);
    var n = graph.getNodeByIndexSafe(node + 1);
    if (a == null || n == null) {
      return false;
    }
    return graph.descendants(a).contains(n);
  }
}
