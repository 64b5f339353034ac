package org.casewatch.nlp.allegation;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.casewatch.nlp.allegation.internal.LiteralAnchors;
import org.casewatch.nlp.allegation.internal.Resources;

/**
 * The lexicon of act and event triggers ({@code rules/triggers.tsv}): a cheap lemma gate for the
 * costly pass and TokensRegex patterns that mark trigger spans.
 *
 * <p>How and why: {@link #gates(List)} is a hash lookup per token, cheap enough for every sentence
 * of every document; only sentences it accepts pay for the dependency parse and SUTime, and only
 * they are matched with the TokensRegex patterns by {@link #match(List)}. Overlapping matches are
 * resolved by file order (the earlier line wins), so specific phrases ("sexual assault") come
 * before general ones. Immutable and thread-safe; {@link #standard()} is loaded once per JVM.
 */
public final class TriggerLexicon {

  /** What a trigger names. */
  public enum Kind {
    /** An act of sexual misconduct (model {@code Claim.ACTS}). */
    ACT,
    /** A case event (model {@code CaseEvent.TYPES}). */
    EVENT
  }

  /**
   * One line. {@code required}: per required literal node of the pattern, the folded words one of
   * which a sentence must have for the pattern to match ({@link LiteralAnchors}); empty when the
   * pattern has no such node and always runs.
   */
  private record Entry(
      Kind kind,
      String label,
      TokenSequencePattern pattern,
      boolean sexualContext,
      boolean weak,
      List<Set<String>> required) {

    /** Whether the pattern can match a sentence whose folded lemmas and words are {@code keys}. */
    boolean mayMatch(Set<String> keys) {
      for (Set<String> anyOf : required) {
        boolean hit = false;
        for (String k : anyOf) {
          if (keys.contains(k)) {
            hit = true;
            break;
          }
        }
        if (!hit) {
          return false;
        }
      }
      return true;
    }
  }

  private static final Set<String> FLAGS = Set.of("sexctx", "weak");

  private static volatile TriggerLexicon standard;

  private final List<Entry> entries;
  private final Set<String> anchors;
  private final Set<String> documentGate;

  private TriggerLexicon(List<Entry> entries, Set<String> anchors, Set<String> documentGate) {
    this.entries = List.copyOf(entries);
    this.anchors = Set.copyOf(anchors);
    this.documentGate = Set.copyOf(documentGate);
  }

  /** The lexicon of {@code rules/triggers.tsv}, loaded on first use. */
  public static TriggerLexicon standard() {
    TriggerLexicon result = standard;
    if (result == null) {
      synchronized (TriggerLexicon.class) {
        result = standard;
        if (result == null) {
          result =
              parse(Resources.lines("triggers.tsv"))
                  .withDocumentGate(Resources.lines("document-gate.txt"));
          standard = result;
        }
      }
    }
    return result;
  }

  /**
   * A lexicon from tab-separated lines {@code KIND LABEL ANCHORS PATTERN [FLAGS]}.
   *
   * @throws IllegalArgumentException when a line is malformed or a pattern does not compile
   */
  public static TriggerLexicon parse(List<String> lines) {
    Env env = TokenSequencePattern.getNewEnv();
    env.setDefaultStringMatchFlags(NodePattern.CASE_INSENSITIVE);
    env.setDefaultStringPatternFlags(Pattern.CASE_INSENSITIVE);
    List<Entry> entries = new ArrayList<>();
    Set<String> anchors = new HashSet<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length < 4) {
        throw new IllegalArgumentException("trigger line needs 4 columns: " + line);
      }
      Kind kind = Kind.valueOf(f[0].strip());
      List<String> flags =
          f.length > 4 ? Arrays.asList(f[4].strip().split("\\s*,\\s*")) : List.of();
      for (String flag : flags) {
        if (!FLAGS.contains(flag)) {
          throw new IllegalArgumentException(
              "unknown trigger flag '" + flag + "' in line: " + line);
        }
      }
      boolean sexctx = flags.contains("sexctx");
      boolean weak = flags.contains("weak");
      if (weak && kind != Kind.ACT) {
        throw new IllegalArgumentException("only ACT triggers can be weak: " + line);
      }
      TokenSequencePattern pattern;
      try {
        pattern = TokenSequencePattern.compile(env, f[3].strip());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("bad TokensRegex in line: " + line, e);
      }
      entries.add(
          new Entry(kind, f[1].strip(), pattern, sexctx, weak, LiteralAnchors.of(f[3].strip())));
      for (String a : f[2].split(",")) {
        anchors.add(a.strip().toLowerCase(Locale.ROOT));
      }
    }
    return new TriggerLexicon(entries, anchors, Set.of());
  }

  /**
   * This lexicon with a document gate: {@link #gatesDocument(List)} then requires one of {@code
   * lemmas} (see {@code rules/document-gate.txt}); without one it accepts every document.
   */
  public TriggerLexicon withDocumentGate(List<String> lemmas) {
    Set<String> gate = new HashSet<>();
    for (String l : lemmas) {
      gate.add(l.strip().toLowerCase(Locale.ROOT));
    }
    return new TriggerLexicon(entries, anchors, gate);
  }

  /** Whether a document (all its tokens) may carry a claim at all: the document-level gate. */
  public boolean gatesDocument(List<CoreLabel> tokens) {
    if (documentGate.isEmpty()) {
      return true;
    }
    for (CoreLabel t : tokens) {
      if (documentGate.contains(key(t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lookup key of a token: its lower-case lemma without a leading {@code #}, so that the
   * hashtags "#MeToo" and "#SexualMisconduct" gate like the words "metoo" and "sexualmisconduct" (a
   * {@code #} line would be a comment in the rule files).
   */
  private static String key(CoreLabel t) {
    String lemma = t.lemma() != null ? t.lemma() : t.word();
    if (lemma == null) {
      return "";
    }
    String k = lemma.toLowerCase(Locale.ROOT);
    return k.length() > 1 && k.charAt(0) == '#' ? k.substring(1) : k;
  }

  /** The folded lemmas and words of a sentence's tokens (see {@link LiteralAnchors#fold}). */
  private static Set<String> keys(List<CoreLabel> tokens) {
    Set<String> keys = new HashSet<>(tokens.size() * 4);
    for (CoreLabel t : tokens) {
      if (t.lemma() != null) {
        keys.add(LiteralAnchors.fold(t.lemma()));
      }
      if (t.word() != null) {
        keys.add(LiteralAnchors.fold(t.word()));
      }
    }
    return keys;
  }

  /** Whether the sentence has a token whose lemma is an anchor: the gate of the costly pass. */
  public boolean gates(List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      if (anchors.contains(key(t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The trigger spans of one sentence, in token order, without overlaps.
   *
   * <p>A line's pattern runs only when the sentence has, for each of its required literal nodes,
   * one of the node's words as a lemma or word ({@link LiteralAnchors}); a skipped line cannot
   * match, so the result is that of running every line ({@link #match(List, boolean)}).
   */
  public List<Trigger> match(List<CoreLabel> tokens) {
    return match(tokens, true);
  }

  /**
   * {@link #match(List)}, with the literal-anchor prefilter on or off (off: every line runs; the
   * reference the prefilter is tested against).
   */
  List<Trigger> match(List<CoreLabel> tokens, boolean prefilter) {
    List<Trigger> found = new ArrayList<>();
    if (!gates(tokens)) {
      return found;
    }
    Set<String> keys = prefilter ? keys(tokens) : null;
    for (Entry e : entries) {
      if (keys != null && !e.mayMatch(keys)) {
        continue;
      }
      TokenSequenceMatcher m = e.pattern().getMatcher(tokens);
      while (m.find()) {
        Trigger t =
            new Trigger(e.kind(), e.label(), m.start(), m.end(), e.sexualContext(), e.weak());
        if (found.stream().noneMatch(o -> o.begin() < t.end() && t.begin() < o.end())) {
          found.add(t);
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return found;
  }
}
