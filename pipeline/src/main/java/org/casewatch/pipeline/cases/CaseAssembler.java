package org.casewatch.pipeline.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casewatch.model.AllegationCase;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventRecord;

/**
 * Computes every case at once from a set of claims and events: what {@code casewatch cases rebuild}
 * runs over the stored records.
 *
 * <pre>{@code
 * CaseUpdate all = CaseAssembler.assemble(claims, events, CaseConfig.defaults(), null);
 * }</pre>
 *
 * <p>The same code as the stream ({@link CaseRegistry}), so the result equals what the stream wrote
 * for the same records. Stateless and thread-safe.
 */
public final class CaseAssembler {

  private CaseAssembler() {}

  /**
   * Every case of the records, sorted by id, with every claim and event carrying its case id.
   *
   * @param asOf the data time to judge dormancy against, or null for the latest publication time of
   *     the records (what the stream uses)
   */
  public static CaseUpdate assemble(
      Collection<ClaimRecord> claims,
      Collection<EventRecord> events,
      CaseConfig config,
      Instant asOf) {
    Map<String, List<ClaimRecord>> claimsByDoc = new TreeMap<>();
    Map<String, List<EventRecord>> eventsByDoc = new TreeMap<>();
    for (ClaimRecord c : claims) {
      claimsByDoc.computeIfAbsent(c.document().id(), d -> new ArrayList<>()).add(c);
    }
    for (EventRecord e : events) {
      eventsByDoc.computeIfAbsent(e.document().id(), d -> new ArrayList<>()).add(e);
    }
    Map<String, Boolean> docs = new LinkedHashMap<>();
    claimsByDoc.keySet().forEach(d -> docs.put(d, true));
    eventsByDoc.keySet().forEach(d -> docs.put(d, true));
    CaseRegistry registry = new CaseRegistry(config);
    for (String doc : new TreeMap<>(docs).keySet()) {
      List<ClaimRecord> dc = new ArrayList<>(claimsByDoc.getOrDefault(doc, List.of()));
      List<EventRecord> de = new ArrayList<>(eventsByDoc.getOrDefault(doc, List.of()));
      dc.sort(Comparator.comparing(ClaimRecord::id));
      de.sort(Comparator.comparing(EventRecord::id));
      registry.load(dc, de);
    }
    if (asOf != null) {
      registry.dataTime(asOf);
    }
    CaseUpdate all = registry.recomputeAll();
    List<AllegationCase> cases = new ArrayList<>(all.cases());
    cases.sort(Comparator.comparing(AllegationCase::id));
    return new CaseUpdate(cases, all.claims(), all.events(), all.documents());
  }
}
