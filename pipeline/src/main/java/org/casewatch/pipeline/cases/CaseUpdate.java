package org.casewatch.pipeline.cases;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casewatch.model.AllegationCase;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventRecord;

/**
 * What one step of case assembly changed: the case documents to (re)write, the claims and events
 * whose case id is new or changed, each with its case id set (null for a record in no case), and
 * the documents whose case ids are new or changed.
 *
 * @param cases whole case documents, stubs of merged cases included
 * @param claims claims with their (new) case id
 * @param events events with their (new) case id
 * @param documents document id to the sorted ids of the cases its claims and events are in (empty
 *     when none), for the documents' {@code case_ids}
 */
public record CaseUpdate(
    List<AllegationCase> cases,
    List<ClaimRecord> claims,
    List<EventRecord> events,
    Map<String, List<String>> documents) {

  public CaseUpdate {
    cases = List.copyOf(cases);
    claims = List.copyOf(claims);
    events = List.copyOf(events);
    Map<String, List<String>> sorted = new TreeMap<>();
    documents.forEach((k, v) -> sorted.put(k, List.copyOf(v)));
    documents = java.util.Collections.unmodifiableMap(sorted);
  }

  /** An update that changes no document's case ids. */
  public CaseUpdate(
      List<AllegationCase> cases, List<ClaimRecord> claims, List<EventRecord> events) {
    this(cases, claims, events, Map.of());
  }
}
