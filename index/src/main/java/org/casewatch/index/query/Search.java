package org.casewatch.index.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Searches documents and claims: full text on fixed fields, filters, HTML-encoded highlights,
 * sorts, exact totals and deep paging.
 *
 * <p>How: the text goes through {@code simple_query_string} over {@link SearchKind#textFields()}
 * with only the operators {@code + | - "" () *} enabled (no fuzzy or slop, no field names, no
 * regular expressions; {@code query_string} is never used); every filter is a {@code terms} or
 * {@code range} clause on a fixed keyword, date or number field. Pages are walked with {@code
 * search_after} on the sort values of the last hit (see {@link Cursor}), and every sort ends with
 * the id, so pages neither repeat nor skip hits. Every request carries a **5 second** server-side
 * timeout.
 *
 * <pre>{@code
 * SearchPage page = new Search(client).page(SearchQuery.builder(SearchKind.DOCUMENTS)
 *     .text("lawsuit").sort(SearchSort.NEWEST).build());
 * }</pre>
 *
 * <p>Thread-safe; the caller owns the client.
 */
public final class Search {

  static final String TIMEOUT = "5s";
  static final String PUBLISHED_AT = "published_at";

  private static final List<SimpleQueryStringFlag> FLAGS =
      List.of(
          SimpleQueryStringFlag.And,
          SimpleQueryStringFlag.Or,
          SimpleQueryStringFlag.Not,
          SimpleQueryStringFlag.Phrase,
          SimpleQueryStringFlag.Precedence,
          SimpleQueryStringFlag.Prefix,
          SimpleQueryStringFlag.Whitespace,
          SimpleQueryStringFlag.Escape);

  private final ElasticsearchClient client;
  private final IndexNames names;

  /** Searches the live indices through the given client. */
  public Search(ElasticsearchClient client) {
    this(client, IndexNames.DEFAULT);
  }

  /** Searches the given indices through the given client. */
  public Search(ElasticsearchClient client, IndexNames names) {
    this.client = Objects.requireNonNull(client, "client");
    this.names = Objects.requireNonNull(names, "names");
  }

  /**
   * One page of hits.
   *
   * @throws InvalidParameterException when the cursor is not one this query returned
   * @throws IOException when Elasticsearch cannot be reached
   */
  public SearchPage page(SearchQuery query) throws IOException {
    SearchResponse<Map<String, Object>> response =
        client.search(request(names, query, true), mapType());
    List<SearchHit> hits = new ArrayList<>();
    List<FieldValue> lastSort = null;
    for (Hit<Map<String, Object>> hit : response.hits().hits()) {
      hits.add(read(query.kind(), hit));
      lastSort = hit.sort();
    }
    long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
    String next =
        hits.size() == query.size() && lastSort != null && !lastSort.isEmpty()
            ? Cursor.encode(sortName(query), lastSort)
            : null;
    return new SearchPage(total, hits, next);
  }

  /** What {@link #stream} does with each hit. */
  @FunctionalInterface
  public interface HitSink {
    /** Takes one hit. */
    void accept(SearchHit hit) throws IOException;
  }

  /**
   * Every hit of a query, page after page with {@code search_after}, without any cap; for exports.
   *
   * @param pageSize hits fetched per request, 1 to 10,000
   * @return how many hits were handed to the sink
   */
  public long stream(SearchQuery query, int pageSize, HitSink sink) throws IOException {
    Params.size("page_size", pageSize, 10_000);
    SearchQuery page = query.withSize(pageSize).withCursor(query.cursor());
    long count = 0;
    while (true) {
      SearchResponse<Map<String, Object>> response =
          client.search(request(names, page, false), mapType());
      List<Hit<Map<String, Object>>> hits = response.hits().hits();
      for (Hit<Map<String, Object>> hit : hits) {
        sink.accept(read(query.kind(), hit));
        count++;
      }
      if (hits.size() < pageSize) {
        return count;
      }
      page = page.withCursor(Cursor.encode(sortName(query), hits.get(hits.size() - 1).sort()));
    }
  }

  /** The Elasticsearch query of the text and filters of {@code query}, without paging. */
  static Query query(SearchQuery q) {
    SearchKind kind = q.kind();
    BoolQuery.Builder bool = new BoolQuery.Builder();
    if (q.text() != null) {
      bool.must(
          m ->
              m.simpleQueryString(
                  s ->
                      s.query(q.text())
                          .fields(kind.textFields())
                          .defaultOperator(Operator.And)
                          .flags(FLAGS)));
    }
    if (q.fromDate() != null || q.toDate() != null) {
      bool.filter(
          f ->
              f.range(
                  r ->
                      r.date(
                          d -> {
                            d.field(PUBLISHED_AT);
                            if (q.fromDate() != null) {
                              d.gte(q.fromDate().toString());
                            }
                            if (q.toDate() != null) {
                              d.lt(q.toDate().toString());
                            }
                            return d;
                          })));
    }
    terms(bool, "source", q.sources());
    terms(bool, "platform", q.platforms());
    terms(bool, kind.entityField(), q.entities());
    terms(bool, kind.caseField(), q.cases());
    terms(bool, kind.actField(), q.acts());
    terms(bool, kind.modalityField(), q.modalities());
    terms(bool, "language", q.languages());
    if (q.sentimentMin() != null || q.sentimentMax() != null) {
      bool.filter(
          f ->
              f.range(
                  r ->
                      r.number(
                          n -> {
                            n.field(kind.sentimentField());
                            if (q.sentimentMin() != null) {
                              n.gte(q.sentimentMin());
                            }
                            if (q.sentimentMax() != null) {
                              n.lte(q.sentimentMax());
                            }
                            return n;
                          })));
    }
    return Query.of(x -> x.bool(bool.build()));
  }

  static void terms(BoolQuery.Builder bool, String field, List<String> values) {
    if (field != null && !values.isEmpty()) {
      List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
      bool.filter(f -> f.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }
  }

  private static SearchRequest request(IndexNames names, SearchQuery q, boolean highlight) {
    return SearchRequest.of(
        s -> {
          s.index(names.of(q.kind()))
              .size(q.size())
              .timeout(TIMEOUT)
              .trackTotalHits(t -> t.enabled(true))
              .source(src -> src.filter(f -> f.includes(q.kind().hitFields())))
              .query(query(q))
              .sort(sort(q));
          if (q.from() > 0) {
            s.from(q.from());
          }
          if (q.cursor() != null) {
            s.searchAfter(Cursor.decode(sortName(q), q.cursor(), sort(q).size()));
          }
          if (highlight && q.text() != null) {
            s.highlight(
                h -> {
                  h.encoder(HighlighterEncoder.Html)
                      .preTags("<mark>")
                      .postTags("</mark>")
                      .requireFieldMatch(true);
                  q.kind()
                      .highlightFields()
                      .forEach(
                          (field, fragments) ->
                              h.fields(
                                  field, hf -> hf.numberOfFragments(fragments).fragmentSize(160)));
                  return h;
                });
          }
          return s;
        });
  }

  private static List<SortOptions> sort(SearchQuery q) {
    List<SortOptions> sort = new ArrayList<>();
    SearchSort order = q.sort();
    if (order == SearchSort.RELEVANCE && q.text() == null) {
      order = SearchSort.NEWEST;
    }
    switch (order) {
      case RELEVANCE -> sort.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
      case NEWEST, OLDEST -> {
        SortOrder dir = order == SearchSort.NEWEST ? SortOrder.Desc : SortOrder.Asc;
        sort.add(
            SortOptions.of(o -> o.field(f -> f.field(PUBLISHED_AT).order(dir).missing("_last"))));
      }
    }
    sort.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
    return sort;
  }

  private static String sortName(SearchQuery q) {
    return q.kind().name().toLowerCase(Locale.ROOT)
        + "/"
        + q.sort().name().toLowerCase(Locale.ROOT)
        + (q.text() == null ? "" : "/t");
  }

  private static SearchHit read(SearchKind kind, Hit<Map<String, Object>> hit) {
    Map<String, Object> fields =
        hit.source() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(hit.source());
    if (kind == SearchKind.CLAIMS) {
      redactAccuser(fields);
    }
    Map<String, List<String>> highlights = hit.highlight() == null ? Map.of() : hit.highlight();
    double score = hit.score() == null || hit.score().isNaN() ? 0.0 : hit.score();
    return new SearchHit(hit.id(), score, fields, highlights);
  }

  /** Keeps an accuser's identity only when they are a public figure. */
  static void redactAccuser(Map<String, Object> fields) {
    Object accuser = fields.get("accuser");
    if (accuser instanceof Map<?, ?> map && !Boolean.TRUE.equals(map.get("public_figure"))) {
      fields.put("accuser", Map.of("public_figure", false));
    }
  }

  @SuppressWarnings("unchecked")
  static Class<Map<String, Object>> mapType() {
    return (Class<Map<String, Object>>) (Class<?>) Map.class;
  }
}
