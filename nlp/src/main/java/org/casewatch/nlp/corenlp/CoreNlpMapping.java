package org.casewatch.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;
import org.casewatch.nlp.sentiment.SentimentScores;
import org.ejml.simple.SimpleMatrix;

/** Maps CoreNLP annotations to casewatch records, so that CoreNLP types stay in this package. */
final class CoreNlpMapping {

  /** Lemmas that are content-word tagged but carry no meaning for search. */
  private static final Set<String> STOP_LEMMAS =
      Set.of("be", "have", "do", "not", "n't", "also", "so", "too", "very", "just", "then");

  private CoreNlpMapping() {}

  /** The PERSON, ORGANIZATION and LOCATION mentions, text taken verbatim from {@code body}. */
  static List<EntityMention> entities(Annotation document, String body) {
    List<CoreMap> mentions = document.get(CoreAnnotations.MentionsAnnotation.class);
    List<EntityMention> out = new ArrayList<>();
    if (mentions == null) {
      return out;
    }
    for (CoreMap mention : mentions) {
      EntityType type = typeOf(mention.get(CoreAnnotations.EntityTypeAnnotation.class));
      Integer begin = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (type == null || begin == null || end == null) {
        continue;
      }
      if (begin < 0 || end > body.length() || begin >= end || isPronominal(mention)) {
        continue;
      }
      out.add(new EntityMention(body.substring(begin, end), type, null, begin, end));
    }
    return out;
  }

  /**
   * True for the pronominal mentions ("he", "her", "they") that CoreNLP's entity-mention annotator
   * adds with a PERSON type for coreference: they are not names, and counted as names they would
   * top every "most mentioned people" list.
   */
  static boolean isPronominal(CoreMap mention) {
    List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null || tokens.isEmpty()) {
      return false;
    }
    for (CoreLabel token : tokens) {
      String tag = token.tag();
      if (tag == null || !(tag.startsWith("PRP") || tag.startsWith("WP"))) {
        return false;
      }
    }
    return true;
  }

  static EntityType typeOf(String coreNlpType) {
    if (coreNlpType == null) {
      return null;
    }
    return switch (coreNlpType) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      default -> null;
    };
  }

  /** Lower-case lemmas of nouns, verbs, adjectives and adverbs, in text order. */
  static List<String> contentLemmas(List<CoreLabel> tokens) {
    List<String> out = new ArrayList<>();
    for (CoreLabel token : tokens) {
      String tag = token.tag();
      String lemma = token.lemma();
      if (tag == null || lemma == null || !isContentTag(tag)) {
        continue;
      }
      String lower = lemma.toLowerCase(Locale.ROOT);
      if (!STOP_LEMMAS.contains(lower) && lower.codePoints().anyMatch(Character::isLetter)) {
        out.add(lower);
      }
    }
    return out;
  }

  private static boolean isContentTag(String tag) {
    return tag.startsWith("NN")
        || tag.startsWith("VB")
        || tag.startsWith("JJ")
        || tag.startsWith("RB");
  }

  /** The five class probabilities at the root of a sentiment-annotated tree, or null. */
  static double[] classProbabilities(CoreMap sentence) {
    Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    if (tree == null) {
      return null;
    }
    SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(tree);
    if (predictions == null || predictions.getNumElements() != SentimentScores.CLASSES) {
      return null;
    }
    double[] p = new double[SentimentScores.CLASSES];
    for (int i = 0; i < p.length; i++) {
      p[i] = predictions.get(i);
    }
    return p;
  }
}
