package org.casewatch.nlp.allegation;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casewatch.model.EntityMention;
import org.casewatch.nlp.time.DateMention;

/**
 * One document as the extractors see it: the sentences of the cheap pass, and for the gated
 * sentences only their dependency graph and date expressions.
 *
 * @param text the annotated text; all offsets refer to it
 * @param sentences every sentence of the cheap pass (tokens with lemmas, tags and 3-class NER)
 * @param graphs the enhanced++ dependency graph of each gated sentence, by sentence index
 * @param dates the normalised dates of each gated sentence, by sentence index
 * @param entities the entity mentions with canonical names
 * @param published the publication date, or null
 */
public record AnalysedDocument(
    String text,
    List<CoreMap> sentences,
    Map<Integer, SemanticGraph> graphs,
    Map<Integer, List<DateMention>> dates,
    List<EntityMention> entities,
    LocalDate published) {

  public AnalysedDocument {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    graphs = Map.copyOf(graphs);
    dates = Map.copyOf(dates);
    entities = List.copyOf(entities);
  }
}
