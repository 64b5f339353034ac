package org.casewatch.nlp.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Finds the date expressions of one sentence with SUTime, resolved against the publication date
 * ("last Thursday", "in March", "Aug. 7").
 *
 * <p>Repairs on top of SUTime: a time with a date ("on Monday evening") counts as its date; "N
 * years/months ago" keeps only the year or month (SUTime returns a day) and a vague "many years
 * ago" is no date; a month followed by a day number that SUTime read as part of a duration ("March
 * 14 to three years") gets its day; and a month or day without a year that SUTime put after the
 * publication date although its own verb is in the past ("who stepped aside in February, will
 * appear next month") moves back a year (a weekday: a week). A date phrase without digits that only
 * modifies a noun ("the Christmas production", "the opening-night party") is no date. The
 * sentence's dependency graph, when present, gives that verb and that modification.
 *
 * <p>How and why: SUTime is the costly part of CoreNLP's default NER (about 0.8 s per article when
 * run everywhere), so casewatch runs it only on the sentences the trigger gate accepts, one
 * sentence at a time, reusing the tokens of the cheap pass. Build once (it compiles its rules) and
 * share: {@link #find(CoreMap, LocalDate)} is thread-safe.
 */
public final class DateFinder {

  private final TimeAnnotator sutime;

  /** Compiles the SUTime rules (about a second). */
  public DateFinder() {
    Properties p = new Properties();
    p.setProperty("sutime.binders", "0");
    p.setProperty("sutime.markTimeRanges", "false");
    p.setProperty("sutime.includeRange", "false");
    this.sutime = new TimeAnnotator("sutime", p);
  }

  /**
   * The calendar dates of {@code sentence}, in text order.
   *
   * @param sentence a sentence of the cheap pass (tokens with tags)
   * @param published the publication date, or null (relative dates then stay unresolved)
   */
  public List<DateMention> find(CoreMap sentence, LocalDate published) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<DateMention> out = new ArrayList<>();
    if (tokens == null || tokens.isEmpty()) {
      return out;
    }
    Annotation one = new Annotation(sentence.get(CoreAnnotations.TextAnnotation.class));
    one.set(CoreAnnotations.TokensAnnotation.class, tokens);
    one.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(List.of(sentence)));
    if (published != null) {
      one.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    sutime.annotate(one);
    List<CoreMap> timexes = one.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return out;
    }
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    Integer sentenceBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    for (CoreMap m : timexes) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      if (timex == null
          || !("DATE".equals(timex.timexType()) || "TIME".equals(timex.timexType()))) {
        continue;
      }
      String value = TimeValues.normalize(timex.value());
      Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      String words = m.get(CoreAnnotations.TextAnnotation.class);
      if (value == null || begin == null || end == null || words == null) {
        continue;
      }
      if (modifier(graph, tokens, begin, end, words)) {
        continue;
      }
      value = TimeValues.agoPrecision(words, value);
      if (value != null && text != null && sentenceBegin != null) {
        int after = end - sentenceBegin;
        if (after >= 0 && after <= text.length()) {
          value = TimeValues.withFollowingDay(value, text.substring(after));
        }
      }
      if (value != null
          && published != null
          && !TimeValues.hasYear(words)
          && TimeValues.startsAfter(value, published)
          && pastTense(graph, tokens, begin, end)) {
        value = TimeValues.earlier(words, value);
      }
      if (value != null) {
        out.add(new DateMention(value, begin, end));
      }
    }
    return out;
  }

  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll");

  /**
   * Whether the date phrase at {@code [begin, end)} only modifies a noun ("the Christmas
   * production", "the opening-night party", "the Sunday Times"): a kind of thing, not a time. Only
   * phrases without digits; "a 2019 report" keeps its year.
   */
  static boolean modifier(
      SemanticGraph graph, List<CoreLabel> tokens, int begin, int end, String words) {
    if (graph == null || words.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.beginPosition() >= begin && t.endPosition() <= end) {
        last = i;
      }
    }
    IndexedWord w = last < 0 ? null : graph.getNodeByIndexSafe(last + 1);
    if (w == null) {
      return false;
    }
    for (SemanticGraphEdge e : graph.incomingEdgeIterable(w)) {
      IndexedWord gov = e.getGovernor();
      CoreLabel g = tokens.get(gov.index() - 1);
      boolean outside = g.beginPosition() >= end || g.endPosition() <= begin;
      if (e.getRelation().toString().equals("compound")
          && outside
          && gov.tag() != null
          && gov.tag().startsWith("NN")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb that governs the date phrase at {@code [begin, end)} is in a past tense ("who
   * stepped aside in February", "had been dismissed in May"): SUTime resolves a month without a
   * year by the tense of the whole sentence, which in "X, who stepped aside in February, will
   * appear in court next month" is the future.
   */
  private static boolean pastTense(
      SemanticGraph graph, List<CoreLabel> tokens, int begin, int end) {
    if (graph == null) {
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.beginPosition() < begin || t.endPosition() > end) {
        continue;
      }
      IndexedWord w = graph.getNodeByIndexSafe(i + 1);
      while (w != null && (w.tag() == null || !w.tag().startsWith("VB"))) {
        w = graph.getParent(w);
      }
      if (w == null) {
        return false;
      }
      boolean past = "VBD".equals(w.tag()) || "VBN".equals(w.tag());
      for (SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
        String word = e.getDependent().word().toLowerCase(Locale.ROOT);
        if (e.getRelation().toString().startsWith("aux")) {
          if (FUTURE.contains(word)) {
            return false;
          }
          past |= "VBD".equals(e.getDependent().tag());
        }
      }
      return past;
    }
    return false;
  }
}
