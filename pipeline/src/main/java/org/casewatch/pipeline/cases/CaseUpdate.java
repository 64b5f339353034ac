package org.casewatch.pipeline.cases;

import java.util.List;
import org.casewatch.model.AllegationCase;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventRecord;

/**
 * What one step of case assembly changed: the case documents to (re)write and the claims and events
 * whose case id is new or changed, each with its case id set.
 *
 * @param cases whole case documents, stubs of merged cases included
 * @param claims claims with their (new) case id
 * @param events events with their (new) case id
 */
public record CaseUpdate(
    List<AllegationCase> cases, List<ClaimRecord> claims, List<EventRecord> events) {

  public CaseUpdate {
    cases = List.copyOf(cases);
    claims = List.copyOf(claims);
    events = List.copyOf(events);
  }
}
