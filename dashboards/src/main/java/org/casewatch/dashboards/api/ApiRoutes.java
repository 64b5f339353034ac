package org.casewatch.dashboards.api;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.casewatch.index.query.Breakdown;
import org.casewatch.index.query.CaseQueries;
import org.casewatch.index.query.CaseQuery;
import org.casewatch.index.query.CaseSort;
import org.casewatch.index.query.ExportFormat;
import org.casewatch.index.query.Exporter;
import org.casewatch.index.query.Interval;
import org.casewatch.index.query.Params;
import org.casewatch.index.query.Search;
import org.casewatch.index.query.SearchKind;
import org.casewatch.index.query.SearchQuery;
import org.casewatch.index.query.SearchSort;
import org.casewatch.index.query.Series;
import org.casewatch.index.query.TrendFilter;
import org.casewatch.index.query.Trends;

/**
 * The API's routes: one table, which the server registers and the OpenAPI sync test compares with
 * {@code openapi.yaml}. Every route is a GET that answers JSON (exports answer CSV or JSON lines).
 */
final class ApiRoutes {

  /** One route: its path in OpenAPI/Javalin syntax, its allowed query parameters, its handler. */
  record Route(String path, Set<String> params, RouteHandler handler) {}

  /** A route's work, given the request's checked parameters. */
  @FunctionalInterface
  interface RouteHandler {
    void handle(Context ctx, ApiRequest request) throws Exception;
  }

  static final Set<String> SEARCH_PARAMS =
      Set.of(
          "kind",
          "q",
          "from_date",
          "to_date",
          "source",
          "platform",
          "entity",
          "case",
          "act",
          "modality",
          "language",
          "sentiment_min",
          "sentiment_max",
          "sort",
          "size",
          "from",
          "cursor",
          "exact_total");

  static final Set<String> CASE_LIST_PARAMS =
      Set.of(
          "status",
          "act",
          "organisation",
          "country",
          "sector",
          "from_date",
          "to_date",
          "sort",
          "size",
          "cursor");

  /**
   * The trend filters of views over documents and claims (top entities, sentiment, significant
   * terms): the search filters that mean the same on both.
   */
  static final Set<String> RECORD_TREND_FILTERS =
      Set.of("source", "platform", "entity", "case", "language", "sentiment_min", "sentiment_max");

  /**
   * The trend filters of views whose series or breakdown decides what is counted (histogram,
   * breakdown): the search filters and the case-list filters; a filter the chosen series cannot
   * apply is a 400 naming it.
   */
  static final Set<String> TREND_FILTERS =
      with(RECORD_TREND_FILTERS, "act", "modality", "status", "organisation", "country", "sector");

  static final Set<String> EXPORT_PARAMS = exportParams();

  private final Search search;
  private final CaseQueries cases;
  private final Trends trends;
  private final Exporter exporter;
  private final ApiJson json;

  ApiRoutes(Search search, CaseQueries cases, Trends trends, Exporter exporter, ApiJson json) {
    this.search = search;
    this.cases = cases;
    this.trends = trends;
    this.exporter = exporter;
    this.json = json;
  }

  /** Every route of the API. */
  List<Route> all() {
    List<Route> routes = new ArrayList<>();
    routes.add(new Route("/api/search", SEARCH_PARAMS, this::search));
    routes.add(new Route("/api/cases", CASE_LIST_PARAMS, this::caseList));
    routes.add(new Route("/api/cases/{id}", Set.of(), this::caseSummary));
    routes.add(new Route("/api/cases/{id}/timeline", Set.of(), this::timeline));
    routes.add(
        new Route(
            "/api/trends/histogram",
            with(TREND_FILTERS, "from_date", "to_date", "series", "interval"),
            this::histogram));
    routes.add(
        new Route(
            "/api/trends/breakdown",
            with(TREND_FILTERS, "from_date", "to_date", "by", "size"),
            this::breakdown));
    routes.add(
        new Route(
            "/api/trends/entities",
            with(RECORD_TREND_FILTERS, "from_date", "to_date", "size"),
            this::entities));
    routes.add(
        new Route(
            "/api/trends/sentiment",
            with(RECORD_TREND_FILTERS, "from_date", "to_date", "interval"),
            this::sentiment));
    routes.add(
        new Route(
            "/api/trends/significant-terms",
            with(RECORD_TREND_FILTERS, "from_date", "to_date", "size"),
            this::significantTerms));
    routes.add(new Route("/api/export", EXPORT_PARAMS, this::export));
    return routes;
  }

  private void search(Context ctx, ApiRequest r) throws IOException {
    json.send(ctx, search.page(searchQuery(r).build()));
  }

  /** The search query of a request's parameters (shared with the export route). */
  static SearchQuery.Builder searchQuery(ApiRequest r) {
    SearchKind kind = r.choice("kind", SearchKind.class, SearchKind.DOCUMENTS);
    SearchQuery.Builder b =
        SearchQuery.builder(kind)
            .text(r.string("q"))
            .fromDate(r.dateStart("from_date"))
            .toDate(r.dateEnd("to_date"))
            .sources(r.strings("source"))
            .platforms(r.strings("platform"))
            .entities(r.strings("entity"))
            .cases(r.strings("case"))
            .acts(r.strings("act"))
            .modalities(r.strings("modality"))
            .languages(r.strings("language"))
            .sentiment(r.decimal("sentiment_min"), r.decimal("sentiment_max"))
            .sort(r.choice("sort", SearchSort.class, SearchSort.RELEVANCE))
            .cursor(r.string("cursor"))
            .exactTotal(r.bool("exact_total"));
    if (r.has("size")) {
      b.size(r.integer("size", SearchQuery.DEFAULT_SIZE));
    }
    if (r.has("from")) {
      b.from(r.integer("from", 0));
    }
    return b;
  }

  private void caseList(Context ctx, ApiRequest r) throws IOException {
    CaseQuery query =
        CaseQuery.builder()
            .statuses(r.strings("status"))
            .acts(r.strings("act"))
            .organisations(r.strings("organisation"))
            .countries(r.strings("country"))
            .sectors(r.strings("sector"))
            .fromDate(r.dateStart("from_date"))
            .toDate(r.dateEnd("to_date"))
            .sort(r.choice("sort", CaseSort.class, CaseSort.LATEST_ACTIVITY))
            .size(r.integer("size", SearchQuery.DEFAULT_SIZE))
            .cursor(r.string("cursor"))
            .build();
    json.send(ctx, cases.list(query));
  }

  /** The trend filters of a request's parameters (absent ones are empty). */
  static TrendFilter trendFilter(ApiRequest r) {
    return TrendFilter.builder()
        .sources(r.strings("source"))
        .platforms(r.strings("platform"))
        .entities(r.strings("entity"))
        .cases(r.strings("case"))
        .acts(r.strings("act"))
        .modalities(r.strings("modality"))
        .languages(r.strings("language"))
        .sentiment(r.decimal("sentiment_min"), r.decimal("sentiment_max"))
        .statuses(r.strings("status"))
        .organisations(r.strings("organisation"))
        .countries(r.strings("country"))
        .sectors(r.strings("sector"))
        .build();
  }

  private void histogram(Context ctx, ApiRequest r) throws IOException {
    Series series = r.choice("series", Series.class, Series.DOCUMENTS);
    Interval interval = r.choice("interval", Interval.class, Interval.MONTH);
    json.send(
        ctx,
        Map.of(
            "series", lower(series),
            "interval", lower(interval),
            "buckets",
                trends.histogram(
                    series,
                    interval,
                    r.dateStart("from_date"),
                    r.dateEnd("to_date"),
                    trendFilter(r))));
  }

  private void breakdown(Context ctx, ApiRequest r) throws IOException {
    Breakdown by = r.choice("by", Breakdown.class, Breakdown.COUNTRY);
    json.send(
        ctx,
        Map.of(
            "by", lower(by),
            "counts",
                trends.breakdown(
                    by,
                    r.dateStart("from_date"),
                    r.dateEnd("to_date"),
                    r.integer("size", 10),
                    trendFilter(r))));
  }

  private void entities(Context ctx, ApiRequest r) throws IOException {
    json.send(
        ctx,
        trends.topEntities(
            r.integer("size", 10), r.dateStart("from_date"), r.dateEnd("to_date"), trendFilter(r)));
  }

  private void sentiment(Context ctx, ApiRequest r) throws IOException {
    Interval interval = r.choice("interval", Interval.class, Interval.MONTH);
    json.send(
        ctx,
        trends.sentiment(interval, r.dateStart("from_date"), r.dateEnd("to_date"), trendFilter(r)));
  }

  private void significantTerms(Context ctx, ApiRequest r) throws IOException {
    json.send(
        ctx,
        trends.significantTerms(
            r.dateStart("from_date"), r.dateEnd("to_date"), r.integer("size", 10), trendFilter(r)));
  }

  private void export(Context ctx, ApiRequest r) throws IOException {
    ExportFormat format = r.choice("format", ExportFormat.class, ExportFormat.JSONL);
    SearchQuery query = searchQuery(r).build();
    String name = "casewatch-" + lower(query.kind()) + "." + lower(format);
    ctx.contentType(
        format == ExportFormat.CSV
            ? "text/csv; charset=utf-8"
            : "application/x-ndjson; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    Writer out =
        new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    exporter.export(query, format, out, Instant.now());
    out.flush();
  }

  private static Set<String> with(Set<String> base, String... more) {
    Set<String> all = new TreeSet<>(base);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }

  private static Set<String> exportParams() {
    Set<String> params = new TreeSet<>(SEARCH_PARAMS);
    params.removeAll(Set.of("size", "from", "cursor", "exact_total"));
    params.add("format");
    return Set.copyOf(params);
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private void caseSummary(Context ctx, ApiRequest r) throws IOException {
    json.send(ctx, cases.get(Params.id("id", ctx.pathParam("id"))));
  }

  private void timeline(Context ctx, ApiRequest r) throws IOException {
    json.send(ctx, cases.timeline(Params.id("id", ctx.pathParam("id"))));
  }
}
