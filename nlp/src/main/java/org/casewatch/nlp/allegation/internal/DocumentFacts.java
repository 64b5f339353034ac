package org.casewatch.nlp.allegation.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.casewatch.nlp.allegation.AnalysedDocument;
import org.casewatch.nlp.allegation.Trigger;
import org.casewatch.nlp.allegation.TriggerLexicon;
import org.casewatch.nlp.time.DateMention;

/**
 * The rule output of one document: triggers, roles and dates of every gated sentence, whether the
 * document has unambiguous sexual-misconduct vocabulary, and its party resolver.
 *
 * @param document the document
 * @param sentences the facts of the gated sentences, in text order
 * @param sexualContext whether some act trigger without the {@code sexctx} flag occurs
 * @param parties the party resolver of the document
 */
public record DocumentFacts(
    AnalysedDocument document,
    List<SentenceFacts> sentences,
    boolean sexualContext,
    Parties parties) {

  /** The facts of the gated sentence with document index {@code index}, or null. */
  public SentenceFacts sentence(int index) {
    for (SentenceFacts s : sentences) {
      if (s.index() == index) {
        return s;
      }
    }
    return null;
  }

  /** Applies the standard lexicon and role rules to the gated sentences of {@code doc}. */
  public static DocumentFacts of(AnalysedDocument doc) {
    TriggerLexicon lexicon = TriggerLexicon.standard();
    RoleRules rules = RoleRules.standard();
    List<SentenceFacts> out = new ArrayList<>();
    boolean sexual = false;
    for (int i = 0; i < doc.sentences().size(); i++) {
      SemanticGraph graph = doc.graphs().get(i);
      if (graph == null) {
        continue;
      }
      CoreMap sentence = doc.sentences().get(i);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<Trigger> triggers = lexicon.match(tokens);
      for (CoreLabel token : tokens) {
        sexual |= token.word().matches("(?i)#?metoo");
      }
      for (Trigger t : triggers) {
        sexual |= t.kind() == TriggerLexicon.Kind.ACT && !t.needsSexualContext();
      }
      List<DateMention> dates = doc.dates().getOrDefault(i, List.of());
      out.add(
          new SentenceFacts(
              i,
              tokens,
              graph,
              triggers,
              rules.apply(graph),
              dates,
              sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
    }
    Parties parties =
        new Parties(doc.text(), doc.entities(), new TitleIndex(doc.sentences(), doc.entities()));
    return new DocumentFacts(doc, List.copyOf(out), sexual, parties);
  }
}
