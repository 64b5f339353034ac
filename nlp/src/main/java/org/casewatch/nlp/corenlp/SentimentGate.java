package org.casewatch.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.casewatch.nlp.allegation.TriggerLexicon;

/**
 * Which sentences the costly sentiment pass (shift-reduce parse and sentiment) scores.
 *
 * <p>How and why: the constituency parse that sentiment needs is the most costly step of the
 * annotator (without it the annotator ran about 2.9 times as fast as with it on every sentence),
 * and sentiment matters where it can be read against a claim, an event or an entity of interest:
 * the party sentiment of a claim is the mean over the sentences that mention the party or carry the
 * claim. The gate is decided on cheap-pass output alone (lemmas, 3-class NER tags):
 *
 * <ul>
 *   <li>In a document that can carry a claim ({@link TriggerLexicon#gatesDocument(List)}, the claim
 *       pass's document gate), a sentence is scored when it is a claim or event candidate (a
 *       trigger lemma, {@link TriggerLexicon#gates(List)}) or within {@link #NEIGHBOURS} sentence
 *       of one, or when it has a token tagged {@code PERSON} or {@code ORGANIZATION} (a possible
 *       party). At most {@link #MAX_SENTENCES} are scored: candidates and their neighbours first,
 *       then entity sentences in document order.
 *   <li>A document that cannot carry a claim has no claims, events or party sentiment, so only its
 *       document sentiment needs sentences: its first {@link #LEAD} sentences (the news lead) are
 *       scored. Most general news is such a document (12 of the 15 BBC articles of {@code casewatch
 *       bench nlp --docs 15}); scoring every person or organisation sentence there would parse more
 *       than half of all tokens for a figure nobody reads against a claim. A claim document where
 *       no sentence passes is scored by its lead too.
 * </ul>
 *
 * Every other sentence has no sentence sentiment record, and the document sentiment is the
 * length-weighted mean over the scored sentences only. Gating is off ({@link #all}) in the
 * every-sentence reference variant ({@code NlpConfig.gateClaims() == false}).
 */
final class SentimentGate {

  /** How many sentences on each side of a claim or event candidate are scored too: <b>1</b>. */
  static final int NEIGHBOURS = 1;

  /** The most sentences scored in one document: <b>60</b>. */
  static final int MAX_SENTENCES = 60;

  /**
   * How many leading sentences are scored in a document that cannot carry a claim, or where nothing
   * else passes the gate, so that it still has a document sentiment: <b>3</b>.
   */
  static final int LEAD = 3;

  private SentimentGate() {}

  /** Every sentence: the ungated reference. */
  static boolean[] all(List<CoreMap> sentences) {
    boolean[] gate = new boolean[sentences.size()];
    Arrays.fill(gate, true);
    return gate;
  }

  /** The gate over {@code sentences} (cheap-pass output: tokens with lemmas and NER tags). */
  static boolean[] of(List<CoreMap> sentences, TriggerLexicon lexicon) {
    int n = sentences.size();
    List<List<CoreLabel>> tokens = new ArrayList<>(n);
    List<CoreLabel> all = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> t = sentence.get(CoreAnnotations.TokensAnnotation.class);
      t = t == null ? List.of() : t;
      tokens.add(t);
      all.addAll(t);
    }
    boolean[] gate = new boolean[n];
    int chosen = 0;
    if (lexicon.gatesDocument(all)) {
      for (int i = 0; i < n && chosen < MAX_SENTENCES; i++) {
        if (!lexicon.gates(tokens.get(i))) {
          continue;
        }
        for (int j = Math.max(0, i - NEIGHBOURS);
            j <= Math.min(n - 1, i + NEIGHBOURS) && chosen < MAX_SENTENCES;
            j++) {
          if (!gate[j]) {
            gate[j] = true;
            chosen++;
          }
        }
      }
      for (int i = 0; i < n && chosen < MAX_SENTENCES; i++) {
        if (!gate[i] && mentionsPersonOrOrganization(tokens.get(i))) {
          gate[i] = true;
          chosen++;
        }
      }
    }
    for (int i = 0; chosen == 0 && i < Math.min(n, LEAD); i++) {
      gate[i] = true;
    }
    return gate;
  }

  private static boolean mentionsPersonOrOrganization(List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      String tag = t.ner();
      if ("PERSON".equals(tag) || "ORGANIZATION".equals(tag)) {
        return true;
      }
    }
    return false;
  }
}
