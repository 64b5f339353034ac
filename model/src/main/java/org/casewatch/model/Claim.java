package org.casewatch.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An attributed allegation of sexual misconduct found in one document: who is accused of what, by
 * whom, according to whom, and how firmly.
 *
 * <p>Scope is sexual misconduct only; allegations of fraud, doping, libel or a non-sexual assault
 * are not claims. Dates are ISO-8601 strings as precise as the text allows ({@code 2021}, {@code
 * 2021-06}, {@code 2021-06-14}).
 *
 * @param accused the accused person, named or described; never null
 * @param accuser the person making the allegation, or null when the text does not say
 * @param act one of {@link #ACTS}
 * @param modality one of {@link #MODALITIES}
 * @param assertedBy who asserts the claim in the text: one of {@link #SOURCES}
 * @param incidentDate when the act allegedly happened, or null
 * @param reportedDate when the allegation was reported (the publication date when nothing better is
 *     known), or null
 * @param setting the organisation or place where it allegedly happened, or null
 * @param evidence the sentences the claim rests on, in text order; at least one
 * @param confidence how sure the extractor is, in [0, 1]
 */
public record Claim(
    ClaimParty accused,
    ClaimParty accuser,
    String act,
    String modality,
    String assertedBy,
    String incidentDate,
    String reportedDate,
    String setting,
    List<Evidence> evidence,
    double confidence)
    implements Serializable {

  /** The acts a claim can allege; {@code sexual_misconduct} is the unspecified one. */
  public static final Set<String> ACTS =
      Set.of(
          "rape",
          "sexual_assault",
          "groping",
          "sexual_harassment",
          "verbal_harassment",
          "stalking",
          "coercion",
          "indecent_exposure",
          "child_sexual_abuse",
          "sexual_misconduct",
          "retaliation");

  /** How firmly the document presents a claim. */
  public static final Set<String> MODALITIES =
      Set.of("alleged", "denied", "confirmed_by_authority", "retracted");

  /** Who asserts a claim. */
  public static final Set<String> SOURCES =
      Set.of(
          "accuser",
          "police",
          "prosecutor",
          "court",
          "lawsuit",
          "employer",
          "reporter",
          "unnamed_source");

  public Claim {
    Objects.requireNonNull(accused, "accused");
    requireIn(act, ACTS, "act");
    requireIn(modality, MODALITIES, "modality");
    requireIn(assertedBy, SOURCES, "assertedBy");
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a claim needs evidence");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
  }

  static void requireIn(String value, Set<String> allowed, String what) {
    Objects.requireNonNull(value, what);
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(what + " must be one of " + allowed + ", was " + value);
    }
  }
}
