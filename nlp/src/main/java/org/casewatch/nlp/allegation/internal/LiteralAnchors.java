package org.casewatch.nlp.allegation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literal words a TokensRegex sequence pattern cannot match without: a prefilter that lets
 * {@code TriggerLexicon.match} skip a pattern when a sentence has none of its words.
 *
 * <p>How and why: running every pattern of {@code rules/triggers.tsv} on every gated sentence was
 * the largest rule cost of the annotator (ADR 0004). {@link #of(String)} reads a pattern that is a
 * plain sequence of token nodes ({@code [{lemma:/rape|raping/}] []{0,3} [{lemma:consent}]}) and
 * returns, for every node that must occur (no {@code ?}, {@code *} or zero minimum) and constrains
 * {@code lemma} or {@code word} to a literal or an alternation of literals, those literals folded
 * by {@link #fold(String)}. A match needs a token for every such node, so a sentence whose folded
 * lemmas and words miss one of the sets cannot match. Anything the reader does not understand
 * (groups, alternation between nodes, negated or non-literal nodes) contributes no set, so the
 * prefilter only ever skips what cannot match; a pattern with no set always runs.
 */
public final class LiteralAnchors {

  private static final Pattern LITERALS = Pattern.compile("[A-Za-z0-9#'_-]+(\\|[A-Za-z0-9#'_-]+)*");
  private static final Pattern WORD = Pattern.compile("\\w+");

  private LiteralAnchors() {}

  /**
   * The case fold used on both sides: per character {@code toLowerCase(toUpperCase(c))}, which
   * agrees with {@link String#equalsIgnoreCase(String)} and with ASCII case-insensitive regexes.
   */
  public static String fold(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = Character.toLowerCase(Character.toUpperCase(c));
      if (f != c && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(f);
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * One set of folded literals per required literal node of {@code pattern}, in order; empty when
   * none can be read (then the pattern must always run).
   */
  public static List<Set<String>> of(String pattern) {
    List<Set<String>> required = new ArrayList<>();
    int n = pattern.length();
    int i = 0;
    while (true) {
      while (i < n && Character.isWhitespace(pattern.charAt(i))) {
        i++;
      }
      if (i >= n) {
        return required;
      }
      if (pattern.charAt(i) != '[') {
        return List.of();
      }
      int close = endOfNode(pattern, i);
      if (close < 0) {
        return List.of();
      }
      String body = pattern.substring(i + 1, close).strip();
      i = close + 1;
      boolean mandatory = true;
      if (i < n) {
        char q = pattern.charAt(i);
        if (q == '?' || q == '*') {
          mandatory = false;
          i++;
        } else if (q == '+') {
          i++;
        } else if (q == '{') {
          int end = pattern.indexOf('}', i);
          if (end < 0) {
            return List.of();
          }
          String min = pattern.substring(i + 1, end).split(",", -1)[0].strip();
          if (!min.matches("[0-9]+")) {
            return List.of();
          }
          mandatory = Integer.parseInt(min) > 0;
          i = end + 1;
        }
        if (i < n && (pattern.charAt(i) == '?' || pattern.charAt(i) == '+')) {
          i++; // lazy or possessive variant of the quantifier
        }
      }
      Set<String> literals = mandatory ? literals(body) : null;
      if (literals != null) {
        required.add(Set.copyOf(literals));
      }
    }
  }

  /** The index of the {@code ]} closing the node opened at {@code open}, or -1. */
  private static int endOfNode(String p, int open) {
    boolean regex = false;
    boolean quote = false;
    int depth = 0;
    for (int i = open; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (regex) {
        regex = c != '/';
      } else if (quote) {
        quote = c != '"';
      } else if (c == '/') {
        regex = true;
      } else if (c == '"') {
        quote = true;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The literals of the first {@code lemma} or {@code word} constraint of a node body {@code
   * {k:v;k:v}}, or null when the body is not of that form or has no literal constraint.
   */
  private static Set<String> literals(String body) {
    if (body.length() < 2
        || body.charAt(0) != '{'
        || body.charAt(body.length() - 1) != '}'
        || body.indexOf('"') >= 0) {
      return null;
    }
    String inner = body.substring(1, body.length() - 1);
    Set<String> found = null;
    int i = 0;
    int n = inner.length();
    while (i < n) {
      int colon = inner.indexOf(':', i);
      if (colon < 0) {
        return null;
      }
      String key = inner.substring(i, colon).strip();
      if (!WORD.matcher(key).matches()) {
        return null;
      }
      int v = colon + 1;
      while (v < n && inner.charAt(v) == ' ') {
        v++;
      }
      String value;
      int next;
      if (v < n && inner.charAt(v) == '/') {
        int end = v + 1;
        while (end < n && inner.charAt(end) != '/') {
          end += inner.charAt(end) == '\\' ? 2 : 1;
        }
        if (end >= n) {
          return null;
        }
        value = inner.substring(v + 1, end);
        next = end + 1;
      } else {
        int end = inner.indexOf(';', v);
        end = end < 0 ? n : end;
        value = inner.substring(v, end).strip();
        if (!WORD.matcher(value).matches()) {
          return null;
        }
        next = end;
      }
      while (next < n && inner.charAt(next) == ' ') {
        next++;
      }
      if (next < n && inner.charAt(next) != ';') {
        return null;
      }
      if (found == null
          && (key.equals("lemma") || key.equals("word"))
          && LITERALS.matcher(value).matches()) {
        found = new HashSet<>();
        for (String alternative : value.split("\\|")) {
          found.add(fold(alternative));
        }
      }
      i = next + 1;
    }
    return found;
  }
}
