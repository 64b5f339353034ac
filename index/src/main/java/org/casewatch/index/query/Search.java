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
import co.elastic.clients.elasticsearch.core.search.TotalHits;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Searches documents and claims: full text on fixed fields, filters, HTML-encoded highlights,
 * sorts, totals and deep paging.
 *
 * <p>How: the text goes through {@code simple_query_string} over {@link SearchKind#textFields()}
 * with only the operators {@code + | - "" () *} enabled (no fuzzy or slop, no field names, no
 * regular expressions; {@code query_string} is never used); every filter is a {@code terms} or
 * {@code range} clause on a fixed keyword, date or number field. Pages are walked with {@code
 * search_after} on the sort values of the last hit (see {@link Cursor}), and every sort ends with
 * the id, so pages neither repeat nor skip hits. Totals are counted up to {@link
 * SearchQuery#TOTAL_CAP} ({@code "gte"} beyond it) unless the query asks for an exact total: a
 * capped count lets Elasticsearch skip hits that cannot reach the page. Every request carries a **5
 * second** server-side timeout.
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

  /**
   * How far into a field the highlighter reads: the first **10,000** characters (about 1,600
   * words). The text fields are indexed without offsets, so highlighting re-analyses each hit's
   * text; matches further in still make the hit, they just get no fragment.
   */
  static final int MAX_ANALYZED_OFFSET = 10_000;

  /** How long an export's point in time lives between two pages: **2 minutes**. */
  static final String PIT_KEEP_ALIVE = "2m";

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
  private final int totalCap;

  /** Searches the live indices through the given client. */
  public Search(ElasticsearchClient client) {
    this(client, IndexNames.DEFAULT);
  }

  /** Searches the given indices through the given client. */
  public Search(ElasticsearchClient client, IndexNames names) {
    this(client, names, SearchQuery.TOTAL_CAP);
  }

  /** Searches with another total cap than {@link SearchQuery#TOTAL_CAP} (tests). */
  Search(ElasticsearchClient client, IndexNames names, int totalCap) {
    this.client = Objects.requireNonNull(client, "client");
    this.names = Objects.requireNonNull(names, "names");
    this.totalCap = totalCap;
  }

  /**
   * One page of hits.
   *
   * @throws InvalidParameterException when the cursor is not one this query returned
   * @throws IOException when Elasticsearch cannot be reached
   */
  public SearchPage page(SearchQuery query) throws IOException {
    SearchResponse<Map<String, Object>> response =
        client.search(request(names, query, true, totalCap, null, null), mapType());
    List<SearchHit> hits = new ArrayList<>();
    List<FieldValue> lastSort = null;
    for (Hit<Map<String, Object>> hit : response.hits().hits()) {
      hits.add(read(query.kind(), hit));
      lastSort = hit.sort();
    }
    TotalHits totalHits = response.hits().total();
    long total = totalHits == null ? hits.size() : totalHits.value();
    String relation =
        totalHits != null && totalHits.relation() == TotalHitsRelation.Gte
            ? SearchPage.GTE
            : SearchPage.EQ;
    String next =
        hits.size() == query.size() && lastSort != null && !lastSort.isEmpty()
            ? Cursor.encode(sortName(query), lastSort)
            : null;
    return new SearchPage(total, relation, hits, next);
  }

  /** What {@link #stream} does with each hit. */
  @FunctionalInterface
  public interface HitSink {
    /** Takes one hit. */
    void accept(SearchHit hit) throws IOException;
  }

  /**
   * Every hit of a query from the first on (its size, offset and cursor are ignored), page after
   * page with {@code search_after}, without any cap; for exports.
   *
   * <p>The pages read one point in time ({@link #PIT_KEEP_ALIVE} between pages), opened at the
   * start and closed at the end, so a long export is one consistent snapshot: documents written,
   * updated or deleted while it runs neither appear twice nor go missing.
   *
   * @param pageSize hits fetched per request, 1 to 10,000
   * @return how many hits were handed to the sink
   */
  public long stream(SearchQuery query, int pageSize, HitSink sink) throws IOException {
    Params.size("page_size", pageSize, 10_000);
    SearchQuery page = query.withSize(pageSize).withCursor(null);
    List<FieldValue> after = null;
    String pit =
        client
            .openPointInTime(
                o -> o.index(names.of(query.kind())).keepAlive(k -> k.time(PIT_KEEP_ALIVE)))
            .id();
    long count = 0;
    try {
      while (true) {
        SearchResponse<Map<String, Object>> response =
            client.search(request(names, page, false, totalCap, pit, after), mapType());
        if (response.pitId() != null) {
          pit = response.pitId();
        }
        List<Hit<Map<String, Object>>> hits = response.hits().hits();
        for (Hit<Map<String, Object>> hit : hits) {
          sink.accept(read(query.kind(), hit));
          count++;
        }
        if (hits.size() < pageSize) {
          return count;
        }
        // the point in time adds its own tiebreaker to the sort values: pass them back as they are
        after = hits.get(hits.size() - 1).sort();
      }
    } finally {
      String pitId = pit;
      client.closePointInTime(c -> c.id(pitId));
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

  /**
   * The request of one page ({@code interactive}: highlighted, with a total) or of one export page
   * (neither: the exporter counts once with the count API), on the index or, when {@code pit} is
   * not null, on that point in time.
   */
  private static SearchRequest request(
      IndexNames names,
      SearchQuery q,
      boolean interactive,
      int totalCap,
      String pit,
      List<FieldValue> after) {
    return SearchRequest.of(
        s -> {
          if (pit == null) {
            s.index(names.of(q.kind()));
          } else {
            s.pit(p -> p.id(pit).keepAlive(k -> k.time(PIT_KEEP_ALIVE)));
          }
          s.size(q.size())
              .timeout(TIMEOUT)
              .trackTotalHits(
                  t ->
                      !interactive
                          ? t.enabled(false)
                          : q.exactTotal() ? t.enabled(true) : t.count(totalCap))
              .source(src -> src.filter(f -> f.includes(q.kind().hitFields())))
              .query(query(q))
              .sort(sort(q));
          if (q.from() > 0) {
            s.from(q.from());
          }
          if (after != null) {
            s.searchAfter(after);
          } else if (q.cursor() != null) {
            s.searchAfter(Cursor.decode(sortName(q), q.cursor(), sort(q).size()));
          }
          if (interactive && q.text() != null) {
            s.highlight(
                h -> {
                  h.encoder(HighlighterEncoder.Html)
                      .maxAnalyzedOffset(MAX_ANALYZED_OFFSET)
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
