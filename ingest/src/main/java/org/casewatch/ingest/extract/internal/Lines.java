package org.casewatch.ingest.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the short paragraphs that templates put inside article containers and that are never
 * article text: advertisement and comment labels, "requires JavaScript" notices, bylines ("By A.
 * Reporter"), date lines ("Updated at ..."), sharing and subscription prompts, copyright notices.
 * Only paragraphs shorter than {@value #MAX_LENGTH} characters are considered, so prose that
 * happens to start with the same word stays.
 */
final class Lines {

  /** Paragraphs at least this long are always kept: **120** characters. */
  static final int MAX_LENGTH = 120;

  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "^(?:advertisement|advertising|anzeige|publicit[ée]|publicidad|pubblicit[àa]|sponsored"
              + "|skip (?:to|ad|advertisement)|read more|read next|continue reading|click here"
              + "|share (?:this|on)|follow (?:us|him|her|them)|sign up|subscribe|related (?:articles"
              + "|stories|coverage)|see also|more from|image:|photo:|credit:|copyright"
              + "|all rights reserved|published|updated|last updated|posted|first published"
              + "|story continues|article continues)\\b.*|^\u00a9.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  private static final Pattern BYLINE = Pattern.compile("^By\\s+\\p{Lu}.*", Pattern.DOTALL);
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:advertisement|advert|ad|anzeige|publicit[ée]|sponsored|comments?|\\d+ comments?"
              + "|.*\\b(?:requires|enable) javascript\\b.*)[.!:]?$",
          Pattern.CASE_INSENSITIVE);

  private Lines() {}

  /** The text without its boilerplate paragraphs, paragraphs separated by blank lines. */
  static String clean(String text) {
    List<String> kept = new ArrayList<>();
    for (String paragraph : text.split("\n\n")) {
      if (!isBoilerplate(paragraph.strip())) {
        kept.add(paragraph);
      }
    }
    return String.join("\n\n", kept);
  }

  static boolean isBoilerplate(String p) {
    if (p.length() >= MAX_LENGTH) {
      return false;
    }
    if (LABEL.matcher(p).matches() || BOILERPLATE.matcher(p).matches()) {
      return true;
    }
    return p.length() < 100 && !p.endsWith(".") && BYLINE.matcher(p).matches();
  }
}
