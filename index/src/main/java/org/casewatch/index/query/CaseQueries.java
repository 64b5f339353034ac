package org.casewatch.index.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The case list and the case timeline.
 *
 * <p>The list filters and sorts the {@code casewatch-cases} index (stubs of cases merged into
 * another are always left out) and pages with the same opaque cursor as search. The timeline reads
 * a case and every event whose {@code case_id} is the case's, and collapses reports of one event by
 * many outlets into one entry (see {@link TimelineCollapse}). A merged case's id leads to the case
 * it was merged into.
 *
 * <pre>{@code
 * CaseQueries cases = new CaseQueries(client);
 * CasePage page = cases.list(CaseQuery.builder().sort(CaseSort.MOST_SOURCES).build());
 * Timeline timeline = cases.timeline(page.cases().get(0).id());
 * }</pre>
 *
 * <p>Thread-safe; the caller owns the client.
 */
public final class CaseQueries {

  /** The most events one timeline reads: **10,000**. */
  public static final int MAX_EVENTS = 10_000;

  private static final int EVENT_PAGE = 1_000;
  private static final int MAX_MERGE_HOPS = 5;

  private final ElasticsearchClient client;
  private final IndexNames names;

  /** Queries the live indices. */
  public CaseQueries(ElasticsearchClient client) {
    this(client, IndexNames.DEFAULT);
  }

  /** Queries the given indices. */
  public CaseQueries(ElasticsearchClient client, IndexNames names) {
    this.client = Objects.requireNonNull(client, "client");
    this.names = Objects.requireNonNull(names, "names");
  }

  /** One page of the case list. */
  public CasePage list(CaseQuery query) throws IOException {
    BoolQuery.Builder bool = filters(query);
    if (query.fromDate() != null) {
      bool.filter(
          f ->
              f.range(r -> r.date(d -> d.field("last_activity").gte(query.fromDate().toString()))));
    }
    if (query.toDate() != null) {
      bool.filter(
          f -> f.range(r -> r.date(d -> d.field("first_seen").lt(query.toDate().toString()))));
    }
    List<SortOptions> sort = sort(query.sort());
    String sortName = "cases/" + query.sort().name().toLowerCase(Locale.ROOT);
    SearchResponse<Map<String, Object>> response =
        client.search(
            s -> {
              s.index(names.cases())
                  .size(query.size())
                  .timeout(Search.TIMEOUT)
                  .trackTotalHits(t -> t.enabled(true))
                  .source(src -> src.filter(f -> f.excludes("parties", "merges", "sentiment")))
                  .query(q -> q.bool(bool.build()))
                  .sort(sort);
              if (query.cursor() != null) {
                s.searchAfter(Cursor.decode(sortName, query.cursor(), sort.size()));
              }
              return s;
            },
            Search.mapType());
    List<CaseSummary> cases = new ArrayList<>();
    List<FieldValue> last = null;
    for (Hit<Map<String, Object>> hit : response.hits().hits()) {
      cases.add(summary(hit.source()));
      last = hit.sort();
    }
    long total = response.hits().total() == null ? cases.size() : response.hits().total().value();
    String next =
        cases.size() == query.size() && last != null ? Cursor.encode(sortName, last) : null;
    return new CasePage(total, cases, next);
  }

  /**
   * The clauses of a case query's filters, without its date window: cases merged into another left
   * out, then status, act, organisation, country and sector, each matching any of its values. The
   * case list and the case trends ({@link Trends}) share them, so both select the same cases.
   */
  static BoolQuery.Builder filters(CaseQuery query) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    bool.mustNot(m -> m.exists(e -> e.field("merged_into")));
    Search.terms(bool, "status", query.statuses());
    Search.terms(bool, "acts", query.acts());
    Search.terms(bool, "organisations", query.organisations());
    Search.terms(bool, "countries", query.countries());
    Search.terms(bool, "sector", query.sectors());
    return bool;
  }

  /**
   * A case's summary.
   *
   * @throws InvalidParameterException when the id does not match the id pattern ({@code id})
   * @throws NotFoundException when there is no such case
   */
  public CaseSummary get(String id) throws IOException {
    return summary(resolve(Params.id("id", id)));
  }

  /**
   * A case's timeline: its events in order, one entry per event however many outlets reported it.
   *
   * @throws InvalidParameterException when the id does not match the id pattern ({@code id})
   * @throws NotFoundException when there is no such case
   */
  public Timeline timeline(String id) throws IOException {
    Params.id("id", id);
    Map<String, Object> source = resolve(id);
    CaseSummary summary = summary(source);
    List<TimelineCollapse.Row> rows = events(summary.id());
    return new Timeline(
        summary,
        parties(source.get("parties")),
        TimelineCollapse.collapse(rows),
        rows.size(),
        summary.id().equals(id) ? null : id);
  }

  /** The case's stored source, following {@code merged_into} links to the surviving case. */
  private Map<String, Object> resolve(String id) throws IOException {
    String current = id;
    for (int hop = 0; hop <= MAX_MERGE_HOPS; hop++) {
      String wanted = current;
      GetResponse<Map<String, Object>> got =
          client.get(g -> g.index(names.cases()).id(wanted), Search.mapType());
      if (!got.found() || got.source() == null) {
        throw new NotFoundException("case", id);
      }
      Object mergedInto = got.source().get("merged_into");
      if (mergedInto == null || mergedInto.toString().isEmpty()) {
        return got.source();
      }
      current = mergedInto.toString();
    }
    throw new NotFoundException("case", id);
  }

  private List<TimelineCollapse.Row> events(String caseId) throws IOException {
    List<TimelineCollapse.Row> rows = new ArrayList<>();
    List<FieldValue> after = null;
    while (rows.size() < MAX_EVENTS) {
      List<FieldValue> searchAfter = after;
      SearchResponse<Map<String, Object>> response =
          client.search(
              s -> {
                s.index(names.events())
                    .size(EVENT_PAGE)
                    .timeout(Search.TIMEOUT)
                    .source(src -> src.filter(f -> f.excludes("evidence")))
                    .query(q -> q.term(t -> t.field("case_id").value(caseId)))
                    .sort(
                        o ->
                            o.field(
                                f -> f.field("date_from").order(SortOrder.Asc).missing("_last")))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                if (searchAfter != null) {
                  s.searchAfter(searchAfter);
                }
                return s;
              },
              Search.mapType());
      List<Hit<Map<String, Object>>> hits = response.hits().hits();
      for (Hit<Map<String, Object>> hit : hits) {
        rows.add(row(hit.source()));
      }
      if (hits.size() < EVENT_PAGE) {
        break;
      }
      after = hits.get(hits.size() - 1).sort();
    }
    return rows;
  }

  private static TimelineCollapse.Row row(Map<String, Object> e) {
    SourceLink link =
        new SourceLink(
            Sources.string(e.get("source")),
            Sources.string(e.getOrDefault("publisher", e.get("source"))),
            Sources.string(e.get("url")),
            Sources.instant(e.get("published_at")),
            Sources.string(e.get("document_id")),
            Sources.string(e.get("id")));
    Object confidence = e.get("confidence");
    return new TimelineCollapse.Row(
        Sources.string(e.get("id")),
        Sources.string(e.get("type")),
        Sources.string(e.get("date")),
        Sources.string(e.get("date_kind")),
        Sources.instant(e.get("date_from")),
        parties(e.get("parties")),
        Sources.string(e.get("quote")),
        confidence instanceof Number n ? n.doubleValue() : 0.0,
        link);
  }

  static List<Party> parties(Object value) {
    List<Party> parties = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof Map<?, ?> p && p.get("name") != null) {
          parties.add(new Party(p.get("name").toString(), Sources.string(p.get("role"))));
        }
      }
    }
    return parties;
  }

  static CaseSummary summary(Map<String, Object> c) {
    Object accused = c.get("accused");
    String accusedName =
        accused instanceof Map<?, ?> a && a.get("name") != null ? a.get("name").toString() : "";
    return new CaseSummary(
        Sources.string(c.get("id")),
        Sources.string(c.get("title")),
        accusedName,
        Sources.strings(c.get("acts")),
        Sources.strings(c.get("organisations")),
        Sources.string(c.get("status")),
        Sources.instant(c.get("first_seen")),
        Sources.instant(c.get("last_activity")),
        Sources.integer(c.get("document_count")),
        Sources.integer(c.get("publisher_count")),
        Sources.strings(c.get("claim_ids")).size(),
        Sources.strings(c.get("event_ids")).size(),
        Sources.strings(c.get("countries")));
  }

  private static List<SortOptions> sort(CaseSort sort) {
    List<SortOptions> options = new ArrayList<>();
    switch (sort) {
      case LATEST_ACTIVITY -> {}
      case MOST_SOURCES -> options.add(field("publisher_count", SortOrder.Desc));
      case STATUS -> options.add(field("status", SortOrder.Asc));
      case FIRST_SEEN -> options.add(field("first_seen", SortOrder.Desc));
    }
    options.add(field("last_activity", SortOrder.Desc));
    options.add(field("id", SortOrder.Asc));
    return options;
  }

  private static SortOptions field(String name, SortOrder order) {
    return SortOptions.of(o -> o.field(f -> f.field(name).order(order).missing("_last")));
  }

  /** Reads loosely typed JSON values. */
  static final class Sources {
    private Sources() {}

    static String string(Object value) {
      return value == null ? null : value.toString();
    }

    static Instant instant(Object value) {
      if (value == null) {
        return null;
      }
      if (value instanceof Number n) {
        return Instant.ofEpochMilli(n.longValue());
      }
      try {
        return Instant.parse(value.toString());
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }

    static int integer(Object value) {
      return value instanceof Number n ? n.intValue() : 0;
    }

    static List<String> strings(Object value) {
      List<String> strings = new ArrayList<>();
      if (value instanceof List<?> list) {
        for (Object element : list) {
          if (element != null) {
            strings.add(element.toString());
          }
        }
      } else if (value != null) {
        strings.add(value.toString());
      }
      return strings;
    }
  }
}
