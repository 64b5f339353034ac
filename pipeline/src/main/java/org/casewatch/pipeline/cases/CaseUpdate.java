package org.casewatch.pipeline.cases;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casewatch.model.AllegationCase;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventRecord;

/**
 * What one step of case assembly changed: the case documents to (re)write, the claims and events
 * whose case id is new or changed, each with its case id set (null for a record in no case), the
 * documents whose case ids are new or changed, and the case documents, claims and events to delete.
 *
 * @param cases whole case documents, stubs of merged cases included
 * @param claims claims with their (new) case id
 * @param events events with their (new) case id
 * @param documents document id to the sorted ids of the cases its claims and events are in (empty
 *     when none), for the documents' {@code case_ids}
 * @param deletedCases ids of case documents written before that no case has any more (every key of
 *     the case moved away or lost its records: a re-fetched article lost its only claim), sorted;
 *     never one of {@code cases}
 * @param deletedClaims ids of stored claims their re-fetched document no longer has, sorted
 * @param deletedEvents ids of stored events their re-fetched document no longer has, sorted
 */
public record CaseUpdate(
    List<AllegationCase> cases,
    List<ClaimRecord> claims,
    List<EventRecord> events,
    Map<String, List<String>> documents,
    List<String> deletedCases,
    List<String> deletedClaims,
    List<String> deletedEvents) {

  public CaseUpdate {
    cases = List.copyOf(cases);
    claims = List.copyOf(claims);
    events = List.copyOf(events);
    Map<String, List<String>> sorted = new TreeMap<>();
    documents.forEach((k, v) -> sorted.put(k, List.copyOf(v)));
    documents = java.util.Collections.unmodifiableMap(sorted);
    deletedCases = List.copyOf(new java.util.TreeSet<>(deletedCases));
    deletedClaims = List.copyOf(new java.util.TreeSet<>(deletedClaims));
    deletedEvents = List.copyOf(new java.util.TreeSet<>(deletedEvents));
  }

  /** An update that deletes no claim or event. */
  public CaseUpdate(
      List<AllegationCase> cases,
      List<ClaimRecord> claims,
      List<EventRecord> events,
      Map<String, List<String>> documents,
      List<String> deletedCases) {
    this(cases, claims, events, documents, deletedCases, List.of(), List.of());
  }

  /** An update that deletes nothing. */
  public CaseUpdate(
      List<AllegationCase> cases,
      List<ClaimRecord> claims,
      List<EventRecord> events,
      Map<String, List<String>> documents) {
    this(cases, claims, events, documents, List.of(), List.of(), List.of());
  }

  /** An update that changes no document's case ids. */
  public CaseUpdate(
      List<AllegationCase> cases, List<ClaimRecord> claims, List<EventRecord> events) {
    this(cases, claims, events, Map.of());
  }
}
