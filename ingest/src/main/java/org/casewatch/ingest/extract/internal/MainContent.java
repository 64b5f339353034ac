package org.casewatch.ingest.extract.internal;

import java.util.List;
import org.jsoup.nodes.Document;

/**
 * The main text of a page: cleaning ({@link Cleaner}), candidate scoring ({@link Readability}) and
 * text writing ({@link TextWriter}, {@link Lines}).
 *
 * <p>How: the first attempt uses every heuristic. When it yields fewer than {@value #ENOUGH_CHARS}
 * characters, the page is tried again with fewer of them (first without removing unlikely
 * containers, then also without class weights, then also without conditional cleaning), as
 * Readability does, and the longest result wins. Each attempt works on its own copy of the page.
 * Thread-safe (no state).
 */
public final class MainContent {

  /** Characters of main text below which a less strict attempt is made: **500**. */
  public static final int ENOUGH_CHARS = 500;

  private MainContent() {}

  /** The main text of a page, paragraphs separated by blank lines; empty when there is none. */
  public static String text(Document page) {
    String best = "";
    boolean[][] attempts = {
      {true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}
    };
    for (boolean[] flags : attempts) {
      String text = attempt(page.clone(), flags[0], flags[1], flags[2]);
      if (text.length() >= ENOUGH_CHARS) {
        return text;
      }
      if (text.length() > best.length()) {
        best = text;
      }
    }
    return best;
  }

  private static String attempt(
      Document doc, boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
    Cleaner.prepare(doc, stripUnlikely);
    if (doc.body() == null) {
      return "";
    }
    Readability readability = new Readability(weightClasses);
    List<org.jsoup.nodes.Element> content = readability.select(doc, Stats.of(doc.body()));
    if (cleanConditionally) {
      Cleaner.clean(content, readability, weightClasses);
    }
    return Lines.clean(TextWriter.text(content));
  }
}
