package org.casewatch.pipeline.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives a case's status from its events in timeline order (see {@code docs/case-status.md}).
 *
 * <p>How and why: a case runs on two tracks at once, criminal and civil, and the status says where
 * the latest development left it. Events come in timeline order (by their own date). Each event
 * moves its track (an arrest moves the criminal track to investigation, a lawsuit the civil track
 * to a suit); events of neither track (a denial, an apology, a resignation) move nothing. The
 * status is the state of the track that moved last, but an open criminal proceeding ({@code
 * charged}, {@code on_trial}, {@code appeal}) outranks a civil development, because it is the part
 * of the story a reader must not miss. A split verdict (conviction and acquittal on the same day)
 * is {@code convicted}. An open case with no activity for longer than the configured silence is
 * {@code dormant}; outcomes ({@code convicted}, {@code acquitted}, {@code charges_dropped}, {@code
 * settled}) never go dormant. An event the text dates sits at its place in the story, so a later
 * outcome overrides an earlier one; an undated event (dated by its article, possibly old news in a
 * background paragraph) only moves a track forward.
 *
 * <p>Stateless and thread-safe.
 */
public final class CaseStatusMachine {

  /** Statuses that may turn {@code dormant}. */
  public static final Set<String> OPEN =
      Set.of("reported", "under_investigation", "charged", "on_trial", "civil_suit", "appeal");

  private static final Set<String> INVESTIGATION =
      Set.of(
          "internal_investigation",
          "police_report",
          "police_investigation",
          "arrest",
          "detention",
          "suspension");

  private static final Set<String> ACTIVE_CRIMINAL = Set.of("charged", "on_trial", "appeal");

  /** Lifecycle rank of event types, to order events of the same date. */
  private static final Map<String, Integer> RANK =
      Map.ofEntries(
          Map.entry("complaint_to_employer", 0),
          Map.entry("police_report", 1),
          Map.entry("accusation", 2),
          Map.entry("statement", 3),
          Map.entry("denial", 4),
          Map.entry("internal_investigation", 5),
          Map.entry("suspension", 6),
          Map.entry("police_investigation", 7),
          Map.entry("detention", 8),
          Map.entry("arrest", 9),
          Map.entry("firing", 10),
          Map.entry("resignation", 11),
          Map.entry("civil_lawsuit", 12),
          Map.entry("defamation_lawsuit", 13),
          Map.entry("no_charges", 14),
          Map.entry("charge", 15),
          // A trial can end with the charges dropped; charges dropped are never followed by a
          // trial.
          Map.entry("trial", 16),
          Map.entry("charges_dropped", 17),
          Map.entry("conviction", 18),
          Map.entry("acquittal", 19),
          Map.entry("sentence", 20),
          Map.entry("appeal", 21),
          Map.entry("settlement", 22),
          Map.entry("apology", 23),
          Map.entry("policy_change", 24));

  private CaseStatusMachine() {}

  /** The rank of an event type in a case's lifecycle, for ordering events of one date. */
  public static int rank(String type) {
    return RANK.getOrDefault(type, RANK.size());
  }

  /**
   * One event as the state machine sees it.
   *
   * @param type the event type
   * @param dated whether the text dates the event ({@code incident}); an undated event is dated by
   *     its article and may be old news
   */
  public record Step(String type, boolean dated) {}

  /** The status before dormancy, from undated event types in timeline order. */
  public static String status(List<String> eventTypes) {
    return statusOf(eventTypes.stream().map(t -> new Step(t, false)).toList());
  }

  /** The status before dormancy, from events in timeline order. */
  public static String statusOf(List<Step> steps) {
    String criminal = null;
    String civil = null;
    boolean criminalLast = true;
    for (Step step : steps) {
      String type = step.type();
      String c = step.dated() ? datedCriminal(criminal, type) : criminal(criminal, type);
      String v = civil(civil, type);
      if (c != null && !c.equals(criminal)) {
        criminal = c;
        criminalLast = true;
      }
      if (v != null && !v.equals(civil)) {
        civil = v;
        criminalLast = false;
      }
    }
    if (criminal != null && ACTIVE_CRIMINAL.contains(criminal)) {
      return criminal;
    }
    if (civil != null && (!criminalLast || criminal == null)) {
      return civil;
    }
    return criminal != null ? criminal : "reported";
  }

  /**
   * The status with dormancy applied.
   *
   * @param eventTypes the case's event types in timeline order
   * @param lastActivity the case's last activity, or null
   * @param asOf the time the status is computed for (the latest publication time seen)
   * @param silence how long an open case may be quiet before it is dormant
   */
  public static String status(
      List<String> eventTypes, Instant lastActivity, Instant asOf, Duration silence) {
    return statusOf(
        eventTypes.stream().map(t -> new Step(t, false)).toList(), lastActivity, asOf, silence);
  }

  /** The status of events in timeline order with dormancy applied; see {@link #status}. */
  public static String statusOf(
      List<Step> steps, Instant lastActivity, Instant asOf, Duration silence) {
    String s = statusOf(steps);
    if (OPEN.contains(s) && isSilent(lastActivity, asOf, silence)) {
      return "dormant";
    }
    return s;
  }

  /** Whether a case last active at {@code lastActivity} has been silent at {@code asOf}. */
  public static boolean isSilent(Instant lastActivity, Instant asOf, Duration silence) {
    return lastActivity != null && asOf != null && lastActivity.plus(silence).isBefore(asOf);
  }

  private static String criminal(String state, String type) {
    String s = state == null ? "none" : state;
    if (INVESTIGATION.contains(type)) {
      return s.equals("none") ? "under_investigation" : state;
    }
    return switch (type) {
      case "charge" ->
          Set.of("none", "under_investigation", "charges_dropped").contains(s) ? "charged" : state;
      case "no_charges" ->
          Set.of("none", "under_investigation").contains(s) ? "charges_dropped" : state;
      case "charges_dropped" ->
          Set.of("none", "under_investigation", "charged", "on_trial").contains(s)
              ? "charges_dropped"
              : state;
      case "trial" ->
          Set.of("none", "under_investigation", "charged").contains(s) ? "on_trial" : state;
      case "conviction", "sentence" -> s.equals("appeal") ? state : "convicted";
      case "acquittal" -> Set.of("convicted", "appeal").contains(s) ? state : "acquitted";
      case "appeal" -> Set.of("convicted", "acquitted").contains(s) ? "appeal" : state;
      default -> state;
    };
  }

  /**
   * A dated event: its date places it in the story, so a later outcome overrides an earlier one
   * (charges dropped after a reported conviction), except that an acquittal never undoes a
   * conviction (split verdicts) and investigations and appeals keep their guards.
   */
  private static String datedCriminal(String state, String type) {
    String s = state == null ? "none" : state;
    return switch (type) {
      case "charge" -> s.equals("appeal") ? state : "charged";
      case "no_charges", "charges_dropped" ->
          Set.of("acquitted", "appeal").contains(s) ? state : "charges_dropped";
      case "trial" -> Set.of("convicted", "acquitted", "appeal").contains(s) ? state : "on_trial";
      default -> criminal(state, type);
    };
  }

  private static String civil(String state, String type) {
    return switch (type) {
      case "civil_lawsuit", "defamation_lawsuit" -> "civil_suit";
      case "settlement" -> "settled";
      default -> state;
    };
  }
}
