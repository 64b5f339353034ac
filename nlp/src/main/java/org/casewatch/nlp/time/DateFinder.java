package org.casewatch.nlp.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Finds the date expressions of one sentence with SUTime, resolved against the publication date
 * ("last Thursday", "in March", "Aug. 7").
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
    for (CoreMap m : timexes) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      if (timex == null || !"DATE".equals(timex.timexType())) {
        continue;
      }
      String value = TimeValues.normalize(timex.value());
      Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (value != null && begin != null && end != null) {
        out.add(new DateMention(value, begin, end));
      }
    }
    return out;
  }
}
