package org.casewatch.index.query;

import java.time.Instant;
import java.util.List;

/**
 * A case as the case list shows it: who is accused of what, where it stands, and how widely it was
 * reported. Accusers are not part of a summary.
 *
 * @param id the case id
 * @param title the title (accused, act, organisation)
 * @param accused the accused's name
 * @param acts the alleged acts, most frequent first
 * @param organisations the organisations involved
 * @param status the status from the case state machine
 * @param firstSeen when the first document about it was published, or null
 * @param lastActivity when the latest document about it was published, or null
 * @param documentCount how many documents report it
 * @param publisherCount how many independent publishers report it
 * @param claimCount how many claims it holds
 * @param eventCount how many events it holds
 * @param countries country codes
 */
public record CaseSummary(
    String id,
    String title,
    String accused,
    List<String> acts,
    List<String> organisations,
    String status,
    Instant firstSeen,
    Instant lastActivity,
    int documentCount,
    int publisherCount,
    int claimCount,
    int eventCount,
    List<String> countries) {

  public CaseSummary {
    acts = List.copyOf(acts);
    organisations = List.copyOf(organisations);
    countries = List.copyOf(countries);
  }
}
