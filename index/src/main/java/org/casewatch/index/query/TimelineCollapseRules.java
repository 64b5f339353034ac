package org.casewatch.index.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.casewatch.index.query.TimelineCollapse.Row;

/**
 * The rules {@link TimelineCollapse} uses to fold a late mention of an event into the entry of the
 * event it mentions: which event types happen once per case, what makes a mention a mention (it is
 * not dated on its own), what marks a mention as a new event, and which parties tell two events
 * apart.
 *
 * <p>Why: a later article retells what happened before ("three weeks after prosecutors dropped the
 * charge", "both lawsuits are withdrawn", "the investigation was continuing"), and the extractor
 * reports each retelling as an event dated by the later article. For a step that happens once in a
 * case, such a retelling is the earlier step again, not a second one.
 */
final class TimelineCollapseRules {

  /** How an event type recurs within one case. */
  enum Recurrence {
    /**
     * May happen any number of times (statement, denial, apology, policy change): only the date
     * rules of {@link TimelineCollapse} join two reports; a late mention stays its own entry.
     */
    REPEATING,
    /**
     * Happens once per case, or once per set of charges or per accuser: a later mention that is not
     * dated on its own folds into the earlier entry, unless it names other parties or its words
     * mark a new one.
     */
    ONE_OFF,
    /**
     * Lasts (an investigation): any later mention, dated or not, is its progress and folds into it,
     * unless it names other parties or its words mark a new one ("reopened", "a second inquiry").
     */
    ONGOING
  }

  /**
   * The recurrence of each event type of {@code CaseEvent.TYPES}; a type not listed (an older or
   * unknown one) is {@link Recurrence#REPEATING}, which keeps the date rules alone.
   *
   * <p>One-off per case: {@code complaint_to_employer}, {@code suspension}, {@code firing}, {@code
   * resignation}, {@code civil_lawsuit}, {@code defamation_lawsuit}, {@code settlement}. One-off
   * per set of charges: {@code police_report}, {@code detention}, {@code arrest}, {@code charge},
   * {@code no_charges}, {@code charges_dropped}, {@code trial}, {@code conviction}, {@code
   * acquittal}, {@code sentence}, {@code appeal} (a new set is told apart by its own date, other
   * parties or its words: "further charges", "a retrial"). One-off per accuser: {@code accusation}
   * (another accuser is a name in another role or "another woman", "two more women").
   */
  static final Map<String, Recurrence> RECURRENCE =
      Map.ofEntries(
          Map.entry("accusation", Recurrence.ONE_OFF),
          Map.entry("complaint_to_employer", Recurrence.ONE_OFF),
          Map.entry("suspension", Recurrence.ONE_OFF),
          Map.entry("firing", Recurrence.ONE_OFF),
          Map.entry("resignation", Recurrence.ONE_OFF),
          Map.entry("police_report", Recurrence.ONE_OFF),
          Map.entry("detention", Recurrence.ONE_OFF),
          Map.entry("arrest", Recurrence.ONE_OFF),
          Map.entry("charge", Recurrence.ONE_OFF),
          Map.entry("no_charges", Recurrence.ONE_OFF),
          Map.entry("charges_dropped", Recurrence.ONE_OFF),
          Map.entry("trial", Recurrence.ONE_OFF),
          Map.entry("conviction", Recurrence.ONE_OFF),
          Map.entry("acquittal", Recurrence.ONE_OFF),
          Map.entry("sentence", Recurrence.ONE_OFF),
          Map.entry("appeal", Recurrence.ONE_OFF),
          Map.entry("civil_lawsuit", Recurrence.ONE_OFF),
          Map.entry("defamation_lawsuit", Recurrence.ONE_OFF),
          Map.entry("settlement", Recurrence.ONE_OFF),
          Map.entry("police_investigation", Recurrence.ONGOING),
          Map.entry("internal_investigation", Recurrence.ONGOING),
          Map.entry("denial", Recurrence.REPEATING),
          Map.entry("statement", Recurrence.REPEATING),
          Map.entry("apology", Recurrence.REPEATING),
          Map.entry("policy_change", Recurrence.REPEATING));

  /**
   * How long before its article's publication a date may lie and still be the article's news peg
   * rather than the event's own date: **7 days** ("on Monday" in Tuesday's paper, "on Friday" in
   * the next week's).
   */
  static final Duration PUBLICATION_WINDOW = Duration.ofDays(7);

  /** Words that make a mention a new event of its type. */
  private static final Pattern NEW_EVENT =
      Pattern.compile(
          "\\b(second|third|fourth|fifth|further|fresh|another|additional|again|re-?trial"
              + "|re-?arrest(ed)?|re-?charged|re-?opened|reopen(s|ed)?"
              + "|more (women|men|people|students|complainants|accusers|allegations|charges|counts"
              + "|claims|lawsuits))\\b",
          Pattern.CASE_INSENSITIVE);

  /** "new" as a word, not the start of a place name ("New York"). */
  private static final Pattern NEW_WORD = Pattern.compile("\\b(new|New(?= [a-z]))\\b");

  /** Roles whose names tell two events of one type apart (another accuser, another claimant). */
  private static final Set<String> DISTINGUISHING =
      Set.of("accuser", "claimant", "defendant", "complainant", "victim");

  private static final Set<String> DESCRIPTION_WORDS =
      Set.of("a", "an", "the", "his", "her", "their", "two", "three", "four", "several", "one");

  private TimelineCollapseRules() {}

  /** The recurrence of {@code type}: {@link Recurrence#REPEATING} for an unlisted type. */
  static Recurrence recurrence(String type) {
    return RECURRENCE.getOrDefault(type, Recurrence.REPEATING);
  }

  /** Whether {@code quote} marks its event as a new one ("further charges", "a retrial"). */
  static boolean marksNew(String quote) {
    return quote != null && (NEW_EVENT.matcher(quote).find() || NEW_WORD.matcher(quote).find());
  }

  /**
   * Whether {@code row} is not dated on its own: a report date, no date, or an incident date that
   * is its article's news peg (the date's period ends within {@link #PUBLICATION_WINDOW} before the
   * publication, or contains it).
   */
  static boolean datedByPublication(Row row, Instant from, Instant end) {
    if (from == null || !TimelineCollapse.INCIDENT.equals(row.dateKind())) {
      return true;
    }
    Instant published = row.source() == null ? null : row.source().publishedAt();
    if (published == null) {
      return false;
    }
    return !from.isAfter(published) && !end.isBefore(published.minus(PUBLICATION_WINDOW));
  }

  /**
   * Whether two sets of parties may be one event's: either is empty, or they share a name (equal,
   * or one the surname of the other) and no distinguishing role ({@code accuser}, {@code claimant},
   * {@code defendant}, ...) holds a proper name on each side that matches none on the other.
   * Descriptions ("the woman", "two women") never tell events apart: they may be anyone named.
   */
  static boolean partiesOverlap(List<Party> a, List<Party> b) {
    List<String> na = names(a);
    List<String> nb = names(b);
    if (na.isEmpty() || nb.isEmpty()) {
      return true;
    }
    boolean shared = false;
    for (String x : na) {
      for (String y : nb) {
        shared |= sameName(x, y);
      }
    }
    return shared && !conflict(a, b) && !conflict(b, a);
  }

  /**
   * Whether {@code a} has a proper name in a distinguishing role that {@code b} has no match for.
   */
  private static boolean conflict(List<Party> a, List<Party> b) {
    for (Party p : a) {
      if (p.role() == null || !DISTINGUISHING.contains(p.role()) || !isProperName(p.name())) {
        continue;
      }
      boolean otherSide = false;
      boolean matched = false;
      for (Party q : b) {
        if (p.role().equals(q.role()) && isProperName(q.name())) {
          otherSide = true;
          matched |= sameName(key(p.name()), key(q.name()));
        }
      }
      if (otherSide && !matched) {
        return true;
      }
    }
    return false;
  }

  private static boolean isProperName(String name) {
    if (name == null || name.isBlank()) {
      return false;
    }
    String[] words = name.strip().split("\\s+");
    if (DESCRIPTION_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameName(String x, String y) {
    return x.equals(y) || x.endsWith(" " + y) || y.endsWith(" " + x);
  }

  private static List<String> names(List<Party> parties) {
    List<String> names = new ArrayList<>();
    for (Party p : parties) {
      if (p.name() != null && !p.name().isBlank()) {
        names.add(key(p.name()));
      }
    }
    return names;
  }

  static String key(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
