package org.casewatch.pipeline.cases;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.casewatch.model.AllegationCase;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventRecord;
import org.casewatch.pipeline.cases.internal.CaseBuilder;
import org.casewatch.pipeline.cases.internal.Clustering;
import org.casewatch.pipeline.cases.internal.KeyGraph;

/**
 * Assembles cases incrementally, one document at a time: the logic of the job's case operator,
 * without Flink.
 *
 * <pre>{@code
 * CaseRegistry registry = new CaseRegistry(CaseConfig.defaults());
 * CaseUpdate update = registry.add(ClaimRecord.of(doc), EventRecord.of(doc));
 * update.cases();   // write these to casewatch-cases
 * update.claims();  // and these, with case ids, to casewatch-claims
 * update.deletedCases();  // and delete these case documents
 * }</pre>
 *
 * <p>How and why: each document's records join the {@link KeyGraph} under their accused keys; the
 * connected component the document touches is re-clustered and every case in it rebuilt from its
 * records. Since a component's cases depend only on its records, the cases after any sequence of
 * documents equal those {@link CaseAssembler#assemble} computes from the same records at once, in
 * any order (tested). Dormancy is judged against the data time, the latest publication time seen,
 * so it does not depend on the wall clock either: when the data time moves past an open case's
 * silence, the case is rewritten as dormant.
 *
 * <p>Not thread-safe: one registry per operator instance.
 */
public final class CaseRegistry implements Serializable {

  private static final long serialVersionUID = 1L;

  private final CaseConfig config;
  private final KeyGraph graph = new KeyGraph();
  private final Map<String, String> caseOfRecord = new HashMap<>();
  private final Map<String, OpenCase> open = new TreeMap<>();
  private final Map<String, String> caseOfKey = new HashMap<>();
  private final Map<String, Set<String>> keysOfCase = new HashMap<>();
  private final Map<String, List<String>> casesOfDocument = new HashMap<>();
  private final Set<String> caseDocuments = new HashSet<>();
  private Instant dataTime;

  /** A registry with {@code config} and nothing in it. */
  public CaseRegistry(CaseConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Adds (or replaces) the claims and events of one document and returns what changed.
   *
   * @param claims the document's claims, all with the same document
   * @param events the document's events, all with the same document
   */
  public CaseUpdate add(List<ClaimRecord> claims, List<EventRecord> events) {
    String documentId = documentId(claims, events);
    if (documentId == null) {
      return new CaseUpdate(List.of(), List.of(), List.of());
    }
    return add(documentId, claims, events);
  }

  /**
   * Adds (or replaces) the claims and events of document {@code documentId}, which may have none (a
   * re-fetched article that lost its claims leaves its cases), and returns what changed; the
   * update's {@code documents} always has this document.
   */
  public CaseUpdate add(String documentId, List<ClaimRecord> claims, List<EventRecord> events) {
    Set<String> held = graph.taggedRecordsOf(documentId);
    Set<String> touched = graph.addDocument(documentId, claims, events);
    // Records a re-fetched document no longer has are retracted from their indices, so that a
    // rebuild, which reads those indices, does not bring them (and their case) back.
    held.removeAll(graph.taggedRecordsOf(documentId));
    List<String> goneClaims = new ArrayList<>();
    List<String> goneEvents = new ArrayList<>();
    for (String tagged : held) {
      String id = tagged.substring(2);
      caseOfRecord.remove(id);
      (tagged.startsWith("c:") ? goneClaims : goneEvents).add(id);
    }
    Instant before = dataTime;
    for (ClaimRecord c : claims) {
      dataTime = later(dataTime, c.document().publishedAt());
    }
    for (EventRecord e : events) {
      dataTime = later(dataTime, e.document().publishedAt());
    }
    Set<String> seeds = new TreeSet<>(touched);
    if (!Objects.equals(before, dataTime)) {
      for (OpenCase o : open.values()) {
        if (CaseStatusMachine.isSilent(o.lastActivity(), dataTime, config.silence())) {
          seeds.add(o.key());
        }
      }
    }
    Set<String> forced = new TreeSet<>();
    for (ClaimRecord c : claims) {
      forced.add(c.id());
    }
    for (EventRecord e : events) {
      forced.add(e.id());
    }
    CaseUpdate update = recompute(seeds, forced, Set.of(documentId));
    return new CaseUpdate(
        update.cases(),
        update.claims(),
        update.events(),
        update.documents(),
        update.deletedCases(),
        goneClaims,
        goneEvents);
  }

  /**
   * Adds one document's records without recomputing any case (a bulk load before {@link
   * #recomputeAll}).
   */
  void load(List<ClaimRecord> claims, List<EventRecord> events) {
    String documentId = documentId(claims, events);
    if (documentId == null) {
      return;
    }
    graph.addDocument(documentId, claims, events);
    for (ClaimRecord c : claims) {
      dataTime = later(dataTime, c.document().publishedAt());
    }
    for (EventRecord e : events) {
      dataTime = later(dataTime, e.document().publishedAt());
    }
  }

  /**
   * Restores a registry from the records it held (the job's checkpointed state): the same state as
   * adding them one document at a time, since cases depend only on the records.
   */
  public static CaseRegistry restore(
      CaseConfig config, List<ClaimRecord> claims, List<EventRecord> events) {
    CaseRegistry registry = new CaseRegistry(config);
    Map<String, List<ClaimRecord>> claimsByDoc = new TreeMap<>();
    Map<String, List<EventRecord>> eventsByDoc = new TreeMap<>();
    for (ClaimRecord c : claims) {
      claimsByDoc.computeIfAbsent(c.document().id(), d -> new ArrayList<>()).add(c);
    }
    for (EventRecord e : events) {
      eventsByDoc.computeIfAbsent(e.document().id(), d -> new ArrayList<>()).add(e);
    }
    Set<String> docs = new TreeSet<>(claimsByDoc.keySet());
    docs.addAll(eventsByDoc.keySet());
    for (String doc : docs) {
      registry.load(
          claimsByDoc.getOrDefault(doc, List.of()), eventsByDoc.getOrDefault(doc, List.of()));
    }
    registry.recomputeAll();
    return registry;
  }

  /** Every claim held, with no case id (they are the inputs), in no particular order. */
  public List<ClaimRecord> claims() {
    return graph.allClaims();
  }

  /** Every event held, with no case id, in no particular order. */
  public List<EventRecord> events() {
    return graph.allEvents();
  }

  /** Recomputes every case from the records held; what {@link CaseAssembler} does. */
  public CaseUpdate recomputeAll() {
    return recompute(graph.keys(), null, graph.documents().keySet());
  }

  /** The records held in no case, by id, each with the reason (for diagnostics). */
  public Map<String, String> unassigned() {
    return graph.unassigned();
  }

  /** The data time: the latest publication time of any record added. */
  public Instant dataTime() {
    return dataTime;
  }

  /** Sets the data time, for a rebuild that must judge dormancy as of a given time. */
  void dataTime(Instant time) {
    this.dataTime = time;
  }

  private CaseUpdate recompute(Set<String> seeds, Set<String> forced, Set<String> docs) {
    List<AllegationCase> cases = new ArrayList<>();
    List<ClaimRecord> claims = new ArrayList<>();
    List<EventRecord> events = new ArrayList<>();
    Set<String> affected = new TreeSet<>(docs);
    // Keys that shared a case with a seed are recomputed too: a link that disappeared (a replaced
    // document, an alias that now places a description elsewhere) must rebuild both sides.
    Set<String> expanded = new TreeSet<>(seeds);
    for (String seed : seeds) {
      String was = caseOfKey.get(seed);
      if (was != null) {
        expanded.addAll(keysOfCase.getOrDefault(was, Set.of()));
      }
    }
    Set<String> done = new TreeSet<>();
    for (String seed : expanded) {
      if (done.contains(seed) || !graph.isLive(seed)) {
        continue;
      }
      Set<String> component = graph.component(Set.of(seed));
      done.addAll(component);
      for (Clustering.Cluster cluster :
          Clustering.cluster(graph, component, keysOf(config.excludedMerges(), component))) {
        boolean hasClaims = false;
        for (String key : cluster.keys()) {
          hasClaims |= !graph.claimsOf(key).isEmpty();
        }
        if (!hasClaims) {
          // Events alone open no case: they wait, in no case, for a claim about their accused.
          for (String key : cluster.keys()) {
            forget(key);
            for (EventRecord e : graph.eventsOf(key)) {
              String was = caseOfRecord.remove(e.id());
              if (forced == null || forced.contains(e.id()) || was != null) {
                events.add(e.withCaseId(null));
                affected.add(e.document().id());
              }
            }
          }
          continue;
        }
        List<AllegationCase> built = CaseBuilder.build(graph, cluster, dataTime, config.silence());
        AllegationCase main = built.get(0);
        cases.addAll(built);
        for (AllegationCase c : built.subList(1, built.size())) {
          open.remove(c.id());
        }
        if (CaseStatusMachine.OPEN.contains(main.status())) {
          open.put(main.id(), new OpenCase(cluster.representative(), main.lastActivity()));
        } else {
          open.remove(main.id());
        }
        for (String key : cluster.keys()) {
          forget(key);
          caseOfKey.put(key, main.id());
        }
        keysOfCase.put(main.id(), new TreeSet<>(cluster.keys()));
        for (String key : cluster.keys()) {
          for (ClaimRecord c : graph.claimsOf(key)) {
            String was = caseOfRecord.put(c.id(), main.id());
            if (forced == null || forced.contains(c.id()) || !main.id().equals(was)) {
              claims.add(c.withCaseId(main.id()));
              affected.add(c.document().id());
            }
          }
          for (EventRecord e : graph.eventsOf(key)) {
            String was = caseOfRecord.put(e.id(), main.id());
            if (forced == null || forced.contains(e.id()) || !main.id().equals(was)) {
              events.add(e.withCaseId(main.id()));
              affected.add(e.document().id());
            }
          }
        }
      }
    }
    Set<String> written = new TreeSet<>();
    for (AllegationCase c : cases) {
      written.add(c.id());
    }
    // A case document that may have gone stale here has the id of one of these keys (a case's id
    // and its stubs' ids are its keys' ids, CaseBuilder#caseId); one written before and not now is
    // deleted, which is what a rebuild does with it.
    Set<String> candidates = new TreeSet<>();
    for (String key : expanded) {
      candidates.add(CaseBuilder.caseId(key));
    }
    for (String key : done) {
      candidates.add(CaseBuilder.caseId(key));
    }
    List<String> deleted = new ArrayList<>();
    for (String id : candidates) {
      if (!written.contains(id) && caseDocuments.remove(id)) {
        deleted.add(id);
      }
    }
    caseDocuments.addAll(written);
    // Records the graph holds in no case (see KeyGraph#unassigned) are written without a case id.
    for (ClaimRecord c : graph.unassignedClaims()) {
      String was = caseOfRecord.remove(c.id());
      if (forced == null || forced.contains(c.id()) || was != null) {
        claims.add(c.withCaseId(null));
      }
    }
    for (EventRecord e : graph.unassignedEvents()) {
      String was = caseOfRecord.remove(e.id());
      if (forced == null || forced.contains(e.id()) || was != null) {
        events.add(e.withCaseId(null));
      }
    }
    Map<String, List<String>> documents = new TreeMap<>();
    for (String doc : affected) {
      Set<String> ids = new TreeSet<>();
      for (String record : graph.recordsOf(doc)) {
        String c = caseOfRecord.get(record);
        if (c != null) {
          ids.add(c);
        }
      }
      List<String> now = new ArrayList<>(ids);
      List<String> before =
          now.isEmpty() ? casesOfDocument.remove(doc) : casesOfDocument.put(doc, now);
      if (forced == null
          || docs.contains(doc)
          || !now.equals(before == null ? List.of() : before)) {
        documents.put(doc, now);
      }
    }
    return new CaseUpdate(cases, claims, events, documents, deleted);
  }

  /** Drops {@code key} from the case it was in. */
  private void forget(String key) {
    String was = caseOfKey.remove(key);
    if (was != null) {
      Set<String> keys = keysOfCase.get(was);
      if (keys != null) {
        keys.remove(key);
        if (keys.isEmpty()) {
          keysOfCase.remove(was);
        }
      }
    }
  }

  private static Set<String> keysOf(Set<String> caseIds, Set<String> component) {
    if (caseIds.isEmpty()) {
      return Set.of();
    }
    Set<String> keys = new TreeSet<>();
    for (String k : component) {
      if (caseIds.contains(CaseBuilder.caseId(k))) {
        keys.add(k);
      }
    }
    return keys;
  }

  private static String documentId(List<ClaimRecord> claims, List<EventRecord> events) {
    if (!claims.isEmpty()) {
      return claims.get(0).document().id();
    }
    return events.isEmpty() ? null : events.get(0).document().id();
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  /** An open case: the key to recompute it from and its last activity. */
  private record OpenCase(String key, Instant lastActivity) implements Serializable {}
}
