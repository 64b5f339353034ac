package org.casewatch.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A step of an allegation case reported in one document: an accusation, an arrest, a charge, a
 * verdict, a lawsuit, a resignation and so on.
 *
 * <p>The date is an ISO-8601 string as precise as the text allows. {@code dateKind} says where it
 * comes from: {@code incident} when the text dates the event, {@code report} when it does not and
 * the publication date stands in.
 *
 * @param type one of {@link #TYPES}
 * @param date the event date, or null when neither the text nor the publication date gives one
 * @param dateKind {@code incident} or {@code report}
 * @param parties the participants and their roles (a defamation suit reverses them: the accused is
 *     the claimant)
 * @param evidence the sentence reporting the event
 * @param confidence how sure the extractor is, in [0, 1]
 */
public record CaseEvent(
    String type,
    String date,
    String dateKind,
    List<EventParty> parties,
    Evidence evidence,
    double confidence)
    implements Serializable {

  /** The event types. */
  public static final Set<String> TYPES =
      Set.of(
          "accusation",
          "denial",
          "complaint_to_employer",
          "internal_investigation",
          "firing",
          "resignation",
          "suspension",
          "police_report",
          "police_investigation",
          "detention",
          "arrest",
          "charge",
          "no_charges",
          "charges_dropped",
          "trial",
          "conviction",
          "acquittal",
          "sentence",
          "appeal",
          "civil_lawsuit",
          "defamation_lawsuit",
          "settlement",
          "apology",
          "statement",
          "policy_change");

  /** The date kinds. */
  public static final Set<String> DATE_KINDS = Set.of("incident", "report");

  public CaseEvent {
    Claim.requireIn(type, TYPES, "type");
    Claim.requireIn(dateKind, DATE_KINDS, "dateKind");
    parties = List.copyOf(parties);
    Objects.requireNonNull(evidence, "evidence");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
  }
}
