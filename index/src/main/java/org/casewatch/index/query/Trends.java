package org.casewatch.index.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.SignificantStringTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Aggregate views for researchers: date histograms, breakdowns, top entities, sentiment over time
 * and significant terms, each over an optional publication-time window.
 *
 * <p>Complainants are protected here: {@link #topEntities} never lists an accuser who is not a
 * public figure, neither as an accuser nor as a person mentioned in documents (their names are
 * gathered from the claims and cases and excluded from the entity counts). Histograms by day are
 * limited to windows of at most **3 years** (about 1,100 buckets); every request carries the search
 * timeout of 5 seconds.
 *
 * <p>Thread-safe; the caller owns the client.
 */
public final class Trends {

  /** The longest window a day histogram accepts: **3 years**. */
  public static final Duration MAX_DAY_WINDOW = Duration.ofDays(3 * 366);

  /** The most accuser names excluded from entity counts: **10,000**. */
  static final int MAX_PROTECTED_NAMES = 10_000;

  private static final int SPLIT_SIZE = 20;

  private final ElasticsearchClient client;
  private final IndexNames names;

  /** Trends of the live indices. */
  public Trends(ElasticsearchClient client) {
    this(client, IndexNames.DEFAULT);
  }

  /** Trends of the given indices. */
  public Trends(ElasticsearchClient client, IndexNames names) {
    this.client = Objects.requireNonNull(client, "client");
    this.names = Objects.requireNonNull(names, "names");
  }

  /**
   * A date histogram of a series.
   *
   * @param from the window's start (inclusive), or null
   * @param to the window's end (exclusive), or null
   * @throws InvalidParameterException ({@code interval}) for a day histogram over an open or longer
   *     than {@link #MAX_DAY_WINDOW} window
   */
  public List<HistogramBucket> histogram(Series series, Interval interval, Instant from, Instant to)
      throws IOException {
    if (interval == Interval.DAY
        && (from == null
            || to == null
            || Duration.between(from, to).compareTo(MAX_DAY_WINDOW) > 0)) {
      throw new InvalidParameterException(
          "interval", "day buckets need a from_date and to_date at most 3 years apart");
    }
    String index;
    String field;
    String split = null;
    switch (series) {
      case DOCUMENTS -> {
        index = names.documents();
        field = Search.PUBLISHED_AT;
      }
      case CLAIMS -> {
        index = names.claims();
        field = Search.PUBLISHED_AT;
        split = "act";
      }
      case CASES_OPENED -> {
        index = names.cases();
        field = "first_seen";
      }
      default -> {
        index = names.cases();
        field = "last_activity";
        split = "status";
      }
    }
    String splitField = split;
    Aggregation histogram =
        Aggregation.of(
            a -> {
              var h =
                  a.dateHistogram(
                      d ->
                          d.field(field).calendarInterval(calendar(interval)).format("yyyy-MM-dd"));
              if (splitField != null) {
                h.aggregations("split", s -> s.terms(t -> t.field(splitField).size(SPLIT_SIZE)));
              }
              return h;
            });
    Query window = window(field, from, to);
    SearchResponse<Void> response = aggregate(index, window, Map.of("h", histogram));
    List<HistogramBucket> buckets = new ArrayList<>();
    for (DateHistogramBucket b :
        response.aggregations().get("h").dateHistogram().buckets().array()) {
      List<Count> counts = new ArrayList<>();
      if (splitField != null) {
        counts = counts(b.aggregations().get("split"));
      }
      buckets.add(new HistogramBucket(b.keyAsString(), b.docCount(), counts));
    }
    return buckets;
  }

  /** The most frequent values of a breakdown, highest count first (ties by value). */
  public List<Count> breakdown(Breakdown by, Instant from, Instant to, int size)
      throws IOException {
    Params.size("size", size, Params.MAX_SIZE);
    String index;
    String field;
    String dateField;
    switch (by) {
      case COUNTRY, ORGANISATION, STATUS -> {
        index = names.cases();
        field =
            by == Breakdown.COUNTRY
                ? "countries"
                : by == Breakdown.STATUS ? "status" : "organisations";
        dateField = "last_activity";
      }
      case PLATFORM, PUBLISHER -> {
        index = names.documents();
        field = by == Breakdown.PLATFORM ? "platform" : "publisher";
        dateField = Search.PUBLISHED_AT;
      }
      default -> {
        index = names.claims();
        field = "act";
        dateField = Search.PUBLISHED_AT;
      }
    }
    Aggregation terms = Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    SearchResponse<Void> response =
        aggregate(index, window(dateField, from, to), Map.of("t", terms));
    return counts(response.aggregations().get("t"));
  }

  /**
   * The most reported people and organisations: the accused (from claims) and every entity
   * mentioned in documents, per entity type, without complainants who are not public figures.
   *
   * @return the accused under key {@code ACCUSED}, then each entity type that occurs
   */
  public Map<String, List<Count>> topEntities(int size, Instant from, Instant to)
      throws IOException {
    Params.size("size", size, Params.MAX_SIZE);
    Set<String> protectedNames = protectedAccusers();
    Map<String, List<Count>> result = new TreeMap<>();
    Aggregation accused =
        Aggregation.of(a -> a.terms(t -> t.field("accused.canonical").size(size)));
    result.put(
        "ACCUSED",
        counts(
            aggregate(names.claims(), window(Search.PUBLISHED_AT, from, to), Map.of("t", accused))
                .aggregations()
                .get("t")));
    List<String> excluded = List.copyOf(protectedNames);
    Aggregation byName =
        Aggregation.of(
            a ->
                a.terms(
                        t -> {
                          t.field("entities.canonical_name.keyword").size(size);
                          if (!excluded.isEmpty()) {
                            t.exclude(e -> e.terms(excluded));
                          }
                          return t;
                        })
                    .aggregations("documents", d -> d.reverseNested(r -> r)));
    Aggregation byType =
        Aggregation.of(
            a -> a.terms(t -> t.field("entities.type").size(10)).aggregations("by_name", byName));
    Aggregation entities =
        Aggregation.of(a -> a.nested(n -> n.path("entities")).aggregations("by_type", byType));
    Aggregate types =
        aggregate(names.documents(), window(Search.PUBLISHED_AT, from, to), Map.of("e", entities))
            .aggregations()
            .get("e")
            .nested()
            .aggregations()
            .get("by_type");
    for (StringTermsBucket type : types.sterms().buckets().array()) {
      List<Count> counts = new ArrayList<>();
      for (StringTermsBucket name : type.aggregations().get("by_name").sterms().buckets().array()) {
        counts.add(
            new Count(
                name.key().stringValue(),
                name.aggregations().get("documents").reverseNested().docCount()));
      }
      result.put(type.key().stringValue(), counts);
    }
    return result;
  }

  /** Mean document sentiment and mean sentiment towards the accused, per bucket of time. */
  public List<SentimentPoint> sentiment(Interval interval, Instant from, Instant to)
      throws IOException {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, Double[]> means = new TreeMap<>();
    collectMean(names.documents(), "sentiment.score", interval, from, to, 0, counts, means);
    collectMean(names.claims(), "sentiment_accused", interval, from, to, 1, counts, means);
    List<SentimentPoint> points = new ArrayList<>();
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      Double[] m = means.get(e.getKey());
      points.add(new SentimentPoint(e.getKey(), e.getValue()[0], m[0], e.getValue()[1], m[1]));
    }
    return points;
  }

  /**
   * The terms of document bodies that are unusually frequent in a window compared with the whole
   * index ({@code significant_text} over a sample of the best 500 documents).
   *
   * @throws InvalidParameterException ({@code from_date}) when the window is open
   */
  public List<TermScore> significantTerms(Instant from, Instant to, int size) throws IOException {
    Params.size("size", size, Params.MAX_SIZE);
    if (from == null || to == null) {
      throw new InvalidParameterException(
          "from_date", "significant terms need from_date and to_date");
    }
    Aggregation terms =
        Aggregation.of(
            a ->
                a.sampler(s -> s.shardSize(500))
                    .aggregations(
                        "terms",
                        t ->
                            t.significantText(
                                st -> st.field("body").size(size).filterDuplicateText(true))));
    SearchResponse<Void> response =
        aggregate(names.documents(), window(Search.PUBLISHED_AT, from, to), Map.of("s", terms));
    List<TermScore> scores = new ArrayList<>();
    for (SignificantStringTermsBucket b :
        response
            .aggregations()
            .get("s")
            .sampler()
            .aggregations()
            .get("terms")
            .sigsterms()
            .buckets()
            .array()) {
      scores.add(new TermScore(b.key(), b.score(), b.docCount(), b.bgCount()));
    }
    return scores;
  }

  /** The names of accusers who are not public figures, from the claims and the cases. */
  Set<String> protectedAccusers() throws IOException {
    Query notPublic =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(f -> f.exists(e -> e.field("accuser")))
                            .mustNot(
                                m -> m.term(t -> t.field("accuser.public_figure").value(true)))));
    Map<String, Aggregation> aggs =
        Map.of(
            "canonical",
            Aggregation.of(
                a -> a.terms(t -> t.field("accuser.canonical").size(MAX_PROTECTED_NAMES))),
            "name",
            Aggregation.of(
                a -> a.terms(t -> t.field("accuser.name.keyword").size(MAX_PROTECTED_NAMES))));
    SearchResponse<Void> claims = aggregate(names.claims(), notPublic, aggs);
    Set<String> result = new LinkedHashSet<>();
    for (String agg : List.of("canonical", "name")) {
      counts(claims.aggregations().get(agg)).forEach(c -> result.add(c.key()));
    }
    Aggregation parties =
        Aggregation.of(
            a ->
                a.nested(n -> n.path("parties"))
                    .aggregations(
                        "accusers",
                        f ->
                            f.filter(
                                    q ->
                                        q.bool(
                                            b ->
                                                b.filter(
                                                        t ->
                                                            t.term(
                                                                x ->
                                                                    x.field("parties.role")
                                                                        .value("accuser")))
                                                    .mustNot(
                                                        t ->
                                                            t.term(
                                                                x ->
                                                                    x.field("parties.public_figure")
                                                                        .value(true)))))
                                .aggregations(
                                    "names",
                                    n ->
                                        n.terms(
                                            t ->
                                                t.field("parties.name")
                                                    .size(MAX_PROTECTED_NAMES)))));
    SearchResponse<Void> cases =
        aggregate(names.cases(), Query.of(q -> q.matchAll(m -> m)), Map.of("p", parties));
    counts(
            cases
                .aggregations()
                .get("p")
                .nested()
                .aggregations()
                .get("accusers")
                .filter()
                .aggregations()
                .get("names"))
        .forEach(c -> result.add(c.key()));
    return result;
  }

  private void collectMean(
      String index,
      String field,
      Interval interval,
      Instant from,
      Instant to,
      int slot,
      Map<String, long[]> counts,
      Map<String, Double[]> means)
      throws IOException {
    Aggregation h =
        Aggregation.of(
            a ->
                a.dateHistogram(
                        d ->
                            d.field(Search.PUBLISHED_AT)
                                .calendarInterval(calendar(interval))
                                .format("yyyy-MM-dd"))
                    .aggregations("n", n -> n.valueCount(v -> v.field(field)))
                    .aggregations("mean", m -> m.avg(v -> v.field(field))));
    SearchResponse<Void> response =
        aggregate(index, window(Search.PUBLISHED_AT, from, to), Map.of("h", h));
    for (DateHistogramBucket b :
        response.aggregations().get("h").dateHistogram().buckets().array()) {
      long n = (long) b.aggregations().get("n").valueCount().value();
      double mean = b.aggregations().get("mean").avg().value();
      counts.computeIfAbsent(b.keyAsString(), k -> new long[2])[slot] = n;
      means.computeIfAbsent(b.keyAsString(), k -> new Double[2])[slot] =
          n == 0 || Double.isNaN(mean) ? null : mean;
    }
  }

  private SearchResponse<Void> aggregate(String index, Query query, Map<String, Aggregation> aggs)
      throws IOException {
    return client.search(
        s -> s.index(index).size(0).timeout(Search.TIMEOUT).query(query).aggregations(aggs),
        Void.class);
  }

  private static Query window(String field, Instant from, Instant to) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    if (from != null || to != null) {
      bool.filter(
          f ->
              f.range(
                  r ->
                      r.date(
                          d -> {
                            d.field(field);
                            if (from != null) {
                              d.gte(from.toString());
                            }
                            if (to != null) {
                              d.lt(to.toString());
                            }
                            return d;
                          })));
    }
    return Query.of(q -> q.bool(bool.build()));
  }

  private static List<Count> counts(Aggregate terms) {
    List<Count> counts = new ArrayList<>();
    for (StringTermsBucket b : terms.sterms().buckets().array()) {
      counts.add(new Count(b.key().stringValue(), b.docCount()));
    }
    return counts;
  }

  private static CalendarInterval calendar(Interval interval) {
    return switch (interval) {
      case DAY -> CalendarInterval.Day;
      case WEEK -> CalendarInterval.Week;
      case MONTH -> CalendarInterval.Month;
    };
  }
}
