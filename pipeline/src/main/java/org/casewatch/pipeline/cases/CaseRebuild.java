package org.casewatch.pipeline.cases;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.casewatch.index.mapping.CaseSource;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.ClaimSource;
import org.casewatch.index.mapping.DocumentSource;
import org.casewatch.index.mapping.EventSource;
import org.casewatch.index.mapping.IndexSetup;
import org.casewatch.model.AllegationCase;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventRecord;

/**
 * {@code casewatch cases rebuild}: recomputes every case from the claims and events stored in
 * Elasticsearch, with the stream's own assembler, and rewrites the cases index to match.
 *
 * <pre>{@code
 * CaseRebuild.Result r = new CaseRebuild(client, CaseConfig.defaults(), System.out::println).run();
 * }</pre>
 *
 * <p>How: claims and events are read in pages of {@value #PAGE} sorted by id with {@code
 * search_after}; {@link CaseAssembler#assemble} computes the cases; every case (stubs of merged
 * cases included) is written whole under its deterministic id; claims and events whose stored
 * {@code case_id} differs are rewritten whole with the new one; and case documents the result no
 * longer has (a merge undone with {@link CaseConfig#excludedMerges()}) are deleted. Writes use bulk
 * requests of {@value #BATCH} operations; a refused item stops the rebuild with a {@link
 * CaseRebuildException} naming it. Finally every document with claims or events gets its {@code
 * case_ids} set by a partial update (a document the documents index lacks is counted, not fatal).
 * Running it twice changes nothing the second time.
 */
public final class CaseRebuild {

  /** Documents read per search page: **1000**. */
  public static final int PAGE = 1000;

  /** Operations per bulk request: **500**. */
  public static final int BATCH = 500;

  /**
   * What a rebuild did.
   *
   * @param claims claims read
   * @param events events read
   * @param cases case documents written (stubs of merged cases included)
   * @param merged of these, stubs of merged cases
   * @param deleted case documents deleted because no case has that id any more
   * @param relinkedClaims claims rewritten with a new case id
   * @param relinkedEvents events rewritten with a new case id
   * @param documents documents whose {@code case_ids} were set
   * @param missingDocuments documents with claims or events that the documents index does not have
   *     (their {@code case_ids} cannot be set; counted, not fatal)
   */
  public record Result(
      int claims,
      int events,
      int cases,
      int merged,
      int deleted,
      int relinkedClaims,
      int relinkedEvents,
      int documents,
      int missingDocuments) {}

  private final ElasticsearchClient client;
  private final CaseConfig config;
  private final Consumer<String> progress;

  /**
   * A rebuild over {@code client}.
   *
   * @param progress receives one line per step and per page, for the command line
   */
  public CaseRebuild(ElasticsearchClient client, CaseConfig config, Consumer<String> progress) {
    this.client = Objects.requireNonNull(client, "client");
    this.config = Objects.requireNonNull(config, "config");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Runs the rebuild. */
  public Result run() throws IOException {
    new IndexSetup(client).ensureAll();
    // Search is near-real-time: without a refresh the reads below can miss the last writes of the
    // stream or of a previous rebuild, and a stale case id read back would hide a needed relink.
    refresh(CasewatchIndex.CLAIMS, CasewatchIndex.EVENTS, CasewatchIndex.CASES);
    List<ClaimRecord> claims = new ArrayList<>();
    for (Map<String, Object> s : readAll(CasewatchIndex.CLAIMS.alias(), "claims")) {
      claims.add(StoredRecords.claim(s));
    }
    List<EventRecord> events = new ArrayList<>();
    for (Map<String, Object> s : readAll(CasewatchIndex.EVENTS.alias(), "events")) {
      events.add(StoredRecords.event(s));
    }
    progress.accept(
        "assembling cases from " + claims.size() + " claims and " + events.size() + " events");
    CaseUpdate all = CaseAssembler.assemble(claims, events, config, null);

    List<BulkOperation> ops = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    int merged = 0;
    for (AllegationCase c : all.cases()) {
      ids.add(c.id());
      merged += c.mergedInto() != null ? 1 : 0;
      ops.add(index(CasewatchIndex.CASES.alias(), c.id(), CaseSource.of(c)));
    }
    write(ops, "cases");
    int deleted = deleteStale(ids);

    Map<String, String> storedClaimCase = new java.util.HashMap<>();
    claims.forEach(c -> storedClaimCase.put(c.id(), c.caseId()));
    Map<String, String> storedEventCase = new java.util.HashMap<>();
    events.forEach(e -> storedEventCase.put(e.id(), e.caseId()));
    ops = new ArrayList<>();
    int relinkedClaims = 0;
    for (ClaimRecord c : all.claims()) {
      if (!Objects.equals(storedClaimCase.get(c.id()), c.caseId())) {
        ops.add(index(CasewatchIndex.CLAIMS.alias(), c.id(), ClaimSource.of(c)));
        relinkedClaims++;
      }
    }
    int relinkedEvents = 0;
    for (EventRecord e : all.events()) {
      if (!Objects.equals(storedEventCase.get(e.id()), e.caseId())) {
        ops.add(index(CasewatchIndex.EVENTS.alias(), e.id(), EventSource.of(e)));
        relinkedEvents++;
      }
    }
    write(ops, "claims and events with a new case id");

    ops = new ArrayList<>();
    for (Map.Entry<String, List<String>> d : all.documents().entrySet()) {
      Map<String, Object> fields = Map.of(DocumentSource.CASE_IDS, d.getValue());
      ops.add(
          BulkOperation.of(
              b ->
                  b.update(
                      u ->
                          u.index(CasewatchIndex.DOCUMENTS.alias())
                              .id(d.getKey())
                              .action(a -> a.doc(fields)))));
    }
    int missing = write(ops, "documents' case ids", 404);
    refresh(
        CasewatchIndex.CASES,
        CasewatchIndex.CLAIMS,
        CasewatchIndex.EVENTS,
        CasewatchIndex.DOCUMENTS);
    Result result =
        new Result(
            claims.size(),
            events.size(),
            all.cases().size(),
            merged,
            deleted,
            relinkedClaims,
            relinkedEvents,
            ops.size() - missing,
            missing);
    progress.accept(
        "done: "
            + (result.cases() - merged)
            + " cases ("
            + merged
            + " merged ids kept as stubs), "
            + deleted
            + " stale case documents deleted, "
            + relinkedClaims
            + " claims and "
            + relinkedEvents
            + " events relinked, case ids of "
            + result.documents()
            + " documents set"
            + (missing == 0 ? "" : " (" + missing + " documents not in the index)"));
    return result;
  }

  private void refresh(CasewatchIndex... indices) throws IOException {
    List<String> aliases = new ArrayList<>();
    for (CasewatchIndex i : indices) {
      aliases.add(i.alias());
    }
    client.indices().refresh(r -> r.index(aliases));
  }

  private int deleteStale(Set<String> keep) throws IOException {
    List<BulkOperation> ops = new ArrayList<>();
    for (Map<String, Object> s : readAll(CasewatchIndex.CASES.alias(), null)) {
      String id = String.valueOf(s.get(CaseSource.ID));
      if (!keep.contains(id)) {
        ops.add(BulkOperation.of(b -> b.delete(d -> d.index(CasewatchIndex.CASES.alias()).id(id))));
      }
    }
    write(ops, "stale cases deleted");
    return ops.size();
  }

  private static BulkOperation index(String alias, String id, Map<String, Object> document) {
    return BulkOperation.of(b -> b.index(i -> i.index(alias).id(id).document(document)));
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private List<Map<String, Object>> readAll(String alias, String what) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    String after = null;
    while (true) {
      SearchRequest.Builder b =
          new SearchRequest.Builder()
              .index(alias)
              .size(PAGE)
              .trackTotalHits(t -> t.enabled(true))
              .sort(so -> so.field(f -> f.field("id").order(SortOrder.Asc)));
      if (after != null) {
        b.searchAfter(FieldValue.of(after));
      }
      SearchResponse<Map> response = client.search(b.build(), Map.class);
      List<Hit<Map>> hits = response.hits().hits();
      for (Hit<Map> h : hits) {
        out.add((Map<String, Object>) h.source());
      }
      if (what != null) {
        long total = response.hits().total() == null ? out.size() : response.hits().total().value();
        progress.accept("read " + out.size() + " of " + total + " " + what);
      }
      if (hits.size() < PAGE) {
        return out;
      }
      after = hits.get(hits.size() - 1).sort().get(0).stringValue();
    }
  }

  private void write(List<BulkOperation> ops, String what) throws IOException {
    write(ops, what, -1);
  }

  /**
   * Writes {@code ops}; items failing with {@code tolerated} are counted, any other error thrown.
   */
  private int write(List<BulkOperation> ops, String what, int tolerated) throws IOException {
    int skipped = 0;
    for (int from = 0; from < ops.size(); from += BATCH) {
      List<BulkOperation> batch = ops.subList(from, Math.min(ops.size(), from + BATCH));
      BulkResponse response = client.bulk(BulkRequest.of(r -> r.operations(batch)));
      if (response.errors()) {
        for (BulkResponseItem item : response.items()) {
          if (item.error() != null && item.status() == tolerated) {
            skipped++;
          } else if (item.error() != null) {
            throw new CaseRebuildException(item.index(), item.id(), item.error().reason());
          }
        }
      }
      progress.accept(
          "wrote " + Math.min(ops.size(), from + BATCH) + " of " + ops.size() + " " + what);
    }
    return skipped;
  }
}
