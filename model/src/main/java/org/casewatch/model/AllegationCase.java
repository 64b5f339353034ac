package org.casewatch.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One allegation case: every claim and event about one accused person, across documents and over
 * time, as stored in the {@code casewatch-cases} index.
 *
 * <p>A case is computed, never edited: the case assembler derives it from the stored claims and
 * events, so the stream and a rebuild write the same document under the same id. A case that was
 * merged into another is kept as a stub whose {@code mergedInto} names the surviving case, so that
 * links to the old id still resolve; lists leave stubs out.
 *
 * @param id deterministic, from the accused's canonical key
 * @param title accused, alleged act and organisation, for lists
 * @param accusedName the accused's canonical name, or the description when unnamed
 * @param accusedAliases other names and descriptions the accused is known by, sorted
 * @param acts the alleged acts, most frequent first
 * @param organisations the organisations involved, most frequent first
 * @param parties the parties with their roles over time
 * @param status one of {@link #STATUSES}
 * @param firstSeen the publication time of the earliest document
 * @param lastActivity the publication time of the latest document
 * @param claimIds the ids of the case's claims, sorted
 * @param eventIds the ids of the case's events, in timeline order
 * @param documentCount how many documents report the case
 * @param publisherCount how many independent publishers (a syndicated copy counts once)
 * @param sentiment the mean sentiment toward the accused per month, oldest first
 * @param merges the cases merged into this one, with their reasons
 * @param countries ISO country codes (may be empty)
 * @param sector the sector, or null
 * @param mergedInto for a stub of a merged case, the id of the surviving case; else null
 */
public record AllegationCase(
    String id,
    String title,
    String accusedName,
    List<String> accusedAliases,
    List<String> acts,
    List<String> organisations,
    List<Party> parties,
    String status,
    Instant firstSeen,
    Instant lastActivity,
    List<String> claimIds,
    List<String> eventIds,
    int documentCount,
    int publisherCount,
    List<MonthSentiment> sentiment,
    List<Merge> merges,
    List<String> countries,
    String sector,
    String mergedInto)
    implements Serializable {

  /** The statuses a case can have; see {@code docs/case-status.md}. */
  public static final Set<String> STATUSES =
      Set.of(
          "reported",
          "under_investigation",
          "charged",
          "on_trial",
          "convicted",
          "acquitted",
          "charges_dropped",
          "civil_suit",
          "settled",
          "appeal",
          "dormant",
          "merged");

  public AllegationCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(accusedName, "accusedName");
    Claim.requireIn(status, STATUSES, "status");
    accusedAliases = List.copyOf(accusedAliases);
    acts = List.copyOf(acts);
    organisations = List.copyOf(organisations);
    parties = List.copyOf(parties);
    claimIds = List.copyOf(claimIds);
    eventIds = List.copyOf(eventIds);
    sentiment = List.copyOf(sentiment);
    merges = List.copyOf(merges);
    countries = List.copyOf(countries);
  }

  /**
   * A party of a case in one role, for the period it held that role (a defamation suit makes the
   * accuser a defendant from the day it is filed).
   *
   * @param name the canonical name or the description
   * @param role {@code accused}, {@code accuser}, {@code claimant}, {@code defendant}, {@code
   *     organisation}, {@code authority}, ...
   * @param since the first date (ISO-8601, as precise as known) it held the role, or null
   * @param until the date it stopped holding the role, or null while it still does
   * @param publicFigure whether the party is a public figure; accusers who are not must not appear
   *     in aggregate views
   */
  public record Party(String name, String role, String since, String until, boolean publicFigure)
      implements Serializable {
    public Party {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
    }
  }

  /**
   * A merge of another case into this one.
   *
   * @param at the publication time of the document that linked the two
   * @param fromCase the id the merged case had on its own
   * @param reason why the two were judged to be one person
   * @param reversible whether the merge can be undone by a rebuild that excludes it
   */
  public record Merge(Instant at, String fromCase, String reason, boolean reversible)
      implements Serializable {
    public Merge {
      Objects.requireNonNull(fromCase, "fromCase");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The sentiment toward the accused in one month.
   *
   * @param month {@code YYYY-MM}
   * @param mean the mean score in [-1, 1]
   * @param n how many claims were scored
   */
  public record MonthSentiment(String month, double mean, int n) implements Serializable {
    public MonthSentiment {
      Objects.requireNonNull(month, "month");
    }
  }
}
