package org.casewatch.pipeline.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.casewatch.index.query.Breakdown;
import org.casewatch.index.query.CaseQueries;
import org.casewatch.index.query.CaseQuery;
import org.casewatch.index.query.CaseSort;
import org.casewatch.index.query.IndexNames;
import org.casewatch.index.query.Interval;
import org.casewatch.index.query.Search;
import org.casewatch.index.query.SearchKind;
import org.casewatch.index.query.SearchQuery;
import org.casewatch.index.query.SearchSort;
import org.casewatch.index.query.Series;
import org.casewatch.index.query.Trends;

/**
 * The randomized queries of each {@link QueryKind}, drawn from what the corpus contains (its
 * vocabulary, accused, organisations, statuses and date window) so that they find something.
 *
 * <p>Every query goes through the query service users and the HTTP API get ({@link Search}, {@link
 * CaseQueries}, {@link Trends}), pointed at the benchmark's indices. Every runner returns the
 * number of results it got (hits, entries or buckets), so the report can show that queries were not
 * empty. Trend calls are also timed per variant, since they differ most in cost. Not thread-safe.
 */
final class QueryWorkload {

  /** One query of a kind. */
  interface Runner {
    /** Runs a query drawn with {@code random} and returns how many results it got. */
    long run(SplittableRandom random) throws IOException;
  }

  private static final List<String> STATUSES =
      List.of(
          "reported",
          "under_investigation",
          "charged",
          "on_trial",
          "convicted",
          "acquitted",
          "charges_dropped",
          "civil_suit",
          "settled",
          "appeal",
          "dormant");

  /** The trend calls, in the order the report lists them. */
  static final List<String> TREND_VARIANTS =
      List.of(
          "documents over time",
          "claims by act per month",
          "cases opened per month",
          "cases by outcome per month",
          "breakdown",
          "top entities",
          "sentiment over time",
          "significant terms");

  private final DocumentGenerator generator;
  private final Search search;
  private final CaseQueries cases;
  private final Trends trends;
  private final Map<String, List<Long>> trendNanos = new HashMap<>();

  QueryWorkload(ElasticsearchClient client, IndexNames names, DocumentGenerator generator) {
    this.generator = generator;
    this.search = new Search(client, names);
    this.cases = new CaseQueries(client, names);
    this.trends = new Trends(client, names);
  }

  /** The runner of a kind. */
  Runner runner(QueryKind kind) {
    return switch (kind) {
      case SEARCH -> this::search;
      case CASE_LIST -> this::caseList;
      case CASE_TIMELINE -> this::timeline;
      case TRENDS -> this::trends;
    };
  }

  long search(SplittableRandom random) throws IOException {
    boolean claims = random.nextInt(5) == 0;
    SearchQuery.Builder query =
        SearchQuery.builder(claims ? SearchKind.CLAIMS : SearchKind.DOCUMENTS);
    int c = random.nextInt(generator.plan().cases());
    if (claims || random.nextInt(5) == 0) {
      query.text("\"" + generator.plan().accused(c) + "\"");
    } else {
      String text = word(random);
      if (random.nextBoolean()) {
        text += " " + word(random);
      }
      query.text(text);
    }
    if (random.nextBoolean()) {
      Instant from = randomDay(random);
      query.fromDate(from).toDate(from.plus(90 + random.nextInt(640), ChronoUnit.DAYS));
    }
    if (random.nextInt(4) == 0) {
      query.platforms(List.of(DocumentGenerator.PLATFORMS.get(random.nextInt(3))));
    }
    if (random.nextInt(5) == 0) {
      query.languages(List.of("en"));
    }
    if (!claims && random.nextInt(7) == 0) {
      query.entities(
          List.of(generator.plan().organisation(random.nextInt(generator.plan().cases()))));
    }
    if (claims && random.nextInt(3) == 0) {
      query.acts(List.of(generator.plan().act(c)));
    }
    int sort = random.nextInt(10);
    query.sort(sort < 6 ? SearchSort.RELEVANCE : sort < 9 ? SearchSort.NEWEST : SearchSort.OLDEST);
    query.size(20);
    return search.page(query.build()).hits().size();
  }

  long caseList(SplittableRandom random) throws IOException {
    CaseQuery.Builder query = CaseQuery.builder();
    if (random.nextInt(3) == 0) {
      query.statuses(List.of(STATUSES.get(random.nextInt(STATUSES.size()))));
    }
    if (random.nextInt(4) == 0) {
      query.acts(List.of(CasePlan.ACTS.get(random.nextInt(4))));
    }
    if (random.nextInt(6) == 0) {
      query.organisations(
          List.of(generator.plan().organisation(random.nextInt(generator.plan().cases()))));
    }
    if (random.nextInt(4) == 0) {
      query.countries(List.of(Names.COUNTRIES.get(random.nextInt(5))));
    }
    if (random.nextInt(3) == 0) {
      query.fromDate(randomDay(random));
    }
    query.sort(CaseSort.values()[random.nextInt(CaseSort.values().length)]);
    query.size(20);
    return cases.list(query.build()).cases().size();
  }

  long timeline(SplittableRandom random) throws IOException {
    String caseId = generator.caseId(random.nextInt(generator.plan().cases()));
    return cases.timeline(caseId).entries().size();
  }

  long trends(SplittableRandom random) throws IOException {
    int variant = random.nextInt(TREND_VARIANTS.size());
    long start = System.nanoTime();
    long results = trend(variant, random);
    trendNanos
        .computeIfAbsent(TREND_VARIANTS.get(variant), v -> new ArrayList<>())
        .add(System.nanoTime() - start);
    return results;
  }

  private long trend(int variant, SplittableRandom random) throws IOException {
    Instant from = randomDay(random);
    Instant toYears = from.plus(365 + random.nextInt(730), ChronoUnit.DAYS);
    return switch (variant) {
      case 0 ->
          trends
              .histogram(
                  Series.DOCUMENTS,
                  Interval.values()[random.nextInt(Interval.values().length)],
                  from,
                  toYears)
              .size();
      case 1 -> trends.histogram(Series.CLAIMS, Interval.MONTH, null, null).size();
      case 2 -> trends.histogram(Series.CASES_OPENED, Interval.MONTH, null, null).size();
      case 3 -> trends.histogram(Series.CASES_BY_OUTCOME, Interval.MONTH, null, null).size();
      case 4 ->
          trends
              .breakdown(
                  Breakdown.values()[random.nextInt(Breakdown.values().length)], from, toYears, 10)
              .size();
      case 5 ->
          trends.topEntities(10, from, from.plus(30 + random.nextInt(335), ChronoUnit.DAYS)).size();
      case 6 -> trends.sentiment(Interval.MONTH, from, toYears).size();
      default -> trends.significantTerms(from, from.plus(30, ChronoUnit.DAYS), 10).size();
    };
  }

  /** Clears the per-variant trend latencies, after the warm-up. */
  void resetTrendVariants() {
    trendNanos.clear();
  }

  /** The latencies of each trend variant since the last reset. */
  Map<String, LatencyStats> trendVariants() {
    Map<String, LatencyStats> stats = new LinkedHashMap<>();
    for (String variant : TREND_VARIANTS) {
      List<Long> nanos = trendNanos.get(variant);
      if (nanos != null) {
        stats.put(
            variant, LatencyStats.ofNanos(nanos.stream().mapToLong(Long::longValue).toArray()));
      }
    }
    return stats;
  }

  /** A content word: ranks 30 to 3,000 of the vocabulary, past the function words. */
  private String word(SplittableRandom random) {
    int top = Math.min(3000, generator.vocabulary().size());
    int bottom = Math.min(30, top - 1);
    return generator.vocabulary().word(bottom + random.nextInt(top - bottom));
  }

  private static Instant randomDay(SplittableRandom random) {
    return CasePlan.WINDOW_START.plus(random.nextInt(CasePlan.WINDOW_DAYS - 365), ChronoUnit.DAYS);
  }
}
