package org.casewatch.index.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.casewatch.index.mapping.DocumentSource;
import org.casewatch.model.EntityType;

/**
 * Aggregate views for researchers: date histograms, breakdowns, top entities, sentiment over time
 * and significant terms, each over an optional time window and the filters of a {@link
 * TrendFilter}.
 *
 * <p>Filters are the search filters for views over documents and claims and the case-list filters
 * for views over cases, turned into clauses by the same builders as search ({@link Search#query})
 * and the case list ({@link CaseQueries#filters}); a filter a view cannot apply is refused with an
 * {@link InvalidParameterException} naming it. Views over cases leave out cases merged into
 * another, as the case list does.
 *
 * <p>Complainants are protected here: {@link #topEntities} never lists an accuser who is not a
 * public figure, neither as an accuser nor as a person mentioned in documents (their names are
 * gathered from the claims and cases and excluded from the entity counts), and an {@code entity}
 * filter naming one matches nothing in any view, so a filter cannot be used to list the people in a
 * complainant's documents or to chart her presence in the news. Histograms by day are limited to
 * windows of at most **3 years** (about 1,100 buckets); every request carries the search timeout of
 * 5 seconds.
 *
 * <p>Thread-safe; the caller owns the client.
 */
public final class Trends {

  /** The longest window a day histogram accepts: **3 years**. */
  public static final Duration MAX_DAY_WINDOW = Duration.ofDays(3 * 366);

  /** The most accuser names excluded from entity counts: **10,000**. */
  static final int MAX_PROTECTED_NAMES = 10_000;

  /**
   * The most documents of a window that significant terms read: **1,000**, one per syndication
   * group.
   */
  static final int SIGNIFICANT_SAMPLE = 1_000;

  /** The most frequent entity keys top entities read in one pass, of all types: **300**. */
  static final int ENTITY_PAGE = 300;

  /** The most frequent entities of the sample whose significance is scored: **300**. */
  static final int SIGNIFICANT_CANDIDATES = 300;

  /** The fewest sampled documents a significant entity occurs in: **3**. */
  static final int SIGNIFICANT_MIN_DOCUMENTS = 3;

  private static final int SPLIT_SIZE = 20;

  private static final Query NOTHING = Query.of(q -> q.matchNone(m -> m));

  private final ElasticsearchClient client;
  private final IndexNames names;
  private final int entityPage;

  /** Trends of the live indices. */
  public Trends(ElasticsearchClient client) {
    this(client, IndexNames.DEFAULT);
  }

  /** Trends of the given indices. */
  public Trends(ElasticsearchClient client, IndexNames names) {
    this(client, names, ENTITY_PAGE);
  }

  /** Trends reading {@code entityPage} keys in the first pass of top entities (tests). */
  Trends(ElasticsearchClient client, IndexNames names, int entityPage) {
    this.client = Objects.requireNonNull(client, "client");
    this.names = Objects.requireNonNull(names, "names");
    this.entityPage = entityPage;
  }

  /**
   * A date histogram of a series, unfiltered; see {@link #histogram(Series, Interval, Instant,
   * Instant, TrendFilter)}.
   */
  public List<HistogramBucket> histogram(Series series, Interval interval, Instant from, Instant to)
      throws IOException {
    return histogram(series, interval, from, to, TrendFilter.NONE);
  }

  /**
   * A date histogram of a series: documents and claims by publication time, cases opened by first
   * seen, cases by outcome by last activity.
   *
   * @param from the window's start (inclusive), or null
   * @param to the window's end (exclusive), or null
   * @param filter document filters for {@link Series#DOCUMENTS}, claim filters for {@link
   *     Series#CLAIMS}, case filters for the case series
   * @throws InvalidParameterException ({@code interval}) for a day histogram over an open or longer
   *     than {@link #MAX_DAY_WINDOW} window; naming a filter the series cannot apply
   */
  public List<HistogramBucket> histogram(
      Series series, Interval interval, Instant from, Instant to, TrendFilter filter)
      throws IOException {
    checkWindow(from, to);
    if (interval == Interval.DAY
        && (from == null
            || to == null
            || Duration.between(from, to).compareTo(MAX_DAY_WINDOW) > 0)) {
      throw new InvalidParameterException(
          "interval", "day buckets need a from_date and to_date at most 3 years apart");
    }
    TrendFilter.Basis basis =
        switch (series) {
          case DOCUMENTS -> TrendFilter.Basis.DOCUMENTS;
          case CLAIMS -> TrendFilter.Basis.CLAIMS;
          default -> TrendFilter.Basis.CASES;
        };
    filter.check(basis);
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
    Query query = query(basis, filter, field, from, to);
    SearchResponse<Void> response = aggregate(index, query, Map.of("h", histogram));
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

  /** The most frequent values of a breakdown, unfiltered. */
  public List<Count> breakdown(Breakdown by, Instant from, Instant to, int size)
      throws IOException {
    return breakdown(by, from, to, size, TrendFilter.NONE);
  }

  /**
   * The most frequent values of a breakdown, highest count first (ties by value): countries,
   * organisations and statuses of the cases active in the window (by last activity), platforms and
   * publishers of documents, acts of claims (by publication time).
   *
   * @param filter case filters for the case breakdowns, document or claim filters for the others
   * @throws InvalidParameterException naming a filter the breakdown cannot apply
   */
  public List<Count> breakdown(Breakdown by, Instant from, Instant to, int size, TrendFilter filter)
      throws IOException {
    Params.size("size", size, Params.MAX_SIZE);
    checkWindow(from, to);
    TrendFilter.Basis basis =
        switch (by) {
          case COUNTRY, SECTOR, ORGANISATION, STATUS -> TrendFilter.Basis.CASES;
          case PLATFORM, PUBLISHER -> TrendFilter.Basis.DOCUMENTS;
          default -> TrendFilter.Basis.CLAIMS;
        };
    filter.check(basis);
    String index;
    String field;
    String dateField;
    switch (by) {
      case COUNTRY, SECTOR, ORGANISATION, STATUS -> {
        index = names.cases();
        field =
            switch (by) {
              case COUNTRY -> "countries";
              case SECTOR -> "sector";
              case STATUS -> "status";
              default -> "organisations";
            };
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
        aggregate(index, query(basis, filter, dateField, from, to), Map.of("t", terms));
    return counts(response.aggregations().get("t"));
  }

  /**
   * The most reported people and organisations: the accused (from claims) and every entity
   * mentioned in documents, per entity type, without complainants who are not public figures.
   *
   * <p>How: one {@code terms} aggregation over the flat keyword {@code entity_keys} ({@code
   * TYPE|canonical name}, one value per distinct entity of a document) asks for the {@link
   * #ENTITY_PAGE} most frequent keys of all types, one pass over the window; they are split by type
   * here and protected names dropped. Only when a type then has fewer than {@code size} names and
   * more keys exist is that type asked again alone (an {@code include} pattern, with the protected
   * names as an {@code exclude} list: thousands of names make a slow request, so it is the
   * exception). Counts are documents. This needs no nested pass (the nested {@code entities} with
   * {@code reverse_nested} took about 0.7 s at p95 on a million documents).
   *
   * @param filter document filters: applied to the documents, and with the same meaning to the
   *     claims the accused are counted from ({@code entity} is then the accused)
   * @return the accused under key {@code ACCUSED}, then each entity type that occurs
   * @throws InvalidParameterException naming a filter that does not apply to documents
   */
  public Map<String, List<Count>> topEntities(
      int size, Instant from, Instant to, TrendFilter filter) throws IOException {
    Params.size("size", size, Params.MAX_SIZE);
    checkWindow(from, to);
    filter.check(TrendFilter.Basis.DOCUMENTS_AND_CLAIMS);
    Set<String> protectedNames = protectedPeople();
    TrendFilter visible = visible(filter, protectedNames);
    Map<String, List<Count>> result = new TreeMap<>();
    Aggregation accused =
        Aggregation.of(a -> a.terms(t -> t.field("accused.canonical").size(size)));
    result.put(
        "ACCUSED",
        counts(
            aggregate(
                    names.claims(),
                    records(SearchKind.CLAIMS, visible, from, to),
                    Map.of("t", accused))
                .aggregations()
                .get("t")));
    mentioned(size, records(SearchKind.DOCUMENTS, visible, from, to), protectedNames)
        .forEach((type, counts) -> result.put(type.name(), counts));
    return result;
  }

  /**
   * The entities mentioned by the most of the given documents, per type (types without entities
   * absent), highest count first and ties by name, without the protected names; the documents half
   * of {@link #topEntities}, also behind {@link DocumentSearch#topEntities}.
   */
  Map<EntityType, List<Count>> mentioned(int size, Query documents, Set<String> protectedNames)
      throws IOException {
    Map<EntityType, List<Count>> result = new java.util.EnumMap<>(EntityType.class);
    int ask = Math.max(entityPage, 3 * size);
    Aggregation all =
        Aggregation.of(a -> a.terms(t -> t.field(DocumentSource.ENTITY_KEYS).size(ask)));
    Aggregate keys =
        aggregate(names.documents(), documents, Map.of("t", all)).aggregations().get("t");
    boolean more = keys.sterms().sumOtherDocCount() != null && keys.sterms().sumOtherDocCount() > 0;
    List<Count> counts = counts(keys);
    for (EntityType type : EntityType.values()) {
      String prefix = type.name() + DocumentSource.ENTITY_KEY_SEPARATOR;
      List<Count> ofType = counts.stream().filter(c -> c.key().startsWith(prefix)).toList();
      List<Count> kept = withoutProtected(type, ofType, protectedNames, size);
      if (kept.size() < size && more) {
        // other types or protected names crowded this type out of the page: ask for it alone,
        // with the protected names excluded by Elasticsearch
        List<String> excluded =
            protectedNames.stream().map(n -> DocumentSource.entityKey(type.name(), n)).toList();
        kept =
            withoutProtected(
                type,
                counts(
                    aggregate(
                            names.documents(),
                            documents,
                            Map.of("t", entityTerms(type, size, excluded)))
                        .aggregations()
                        .get("t")),
                protectedNames,
                size);
      }
      if (!kept.isEmpty()) {
        result.put(type, kept);
      }
    }
    return result;
  }

  /**
   * The most reported accused and entities, unfiltered; see {@link #topEntities(int, Instant,
   * Instant, TrendFilter)}.
   */
  public Map<String, List<Count>> topEntities(int size, Instant from, Instant to)
      throws IOException {
    return topEntities(size, from, to, TrendFilter.NONE);
  }

  /** The top {@code size} entity keys of one type, without the {@code excluded} keys. */
  private static Aggregation entityTerms(EntityType type, int size, List<String> excluded) {
    return Aggregation.of(
        a ->
            a.terms(
                t -> {
                  t.field(DocumentSource.ENTITY_KEYS)
                      .size(size)
                      .include(i -> i.regexp(type.name() + "\\|.*"));
                  if (!excluded.isEmpty()) {
                    t.exclude(e -> e.terms(excluded));
                  }
                  return t;
                }));
  }

  /** The first {@code size} counts whose name is not protected, names without the type prefix. */
  private static List<Count> withoutProtected(
      EntityType type, List<Count> counts, Set<String> protectedNames, int size) {
    int skip = type.name().length() + 1;
    List<Count> kept = new ArrayList<>();
    for (Count c : counts) {
      String name = c.key().substring(Math.min(skip, c.key().length()));
      if (!protectedNames.contains(name) && kept.size() < size) {
        kept.add(new Count(name, c.count()));
      }
    }
    return kept;
  }

  /** Mean document sentiment and mean sentiment towards the accused, unfiltered. */
  public List<SentimentPoint> sentiment(Interval interval, Instant from, Instant to)
      throws IOException {
    return sentiment(interval, from, to, TrendFilter.NONE);
  }

  /**
   * Mean document sentiment and mean sentiment towards the accused, per bucket of publication time.
   *
   * @param filter document filters, applied to the documents and with the same meaning to the
   *     claims ({@code entity} is the accused; the sentiment bounds bound the sentiment averaged)
   * @throws InvalidParameterException naming a filter that does not apply to documents
   */
  public List<SentimentPoint> sentiment(
      Interval interval, Instant from, Instant to, TrendFilter filter) throws IOException {
    checkWindow(from, to);
    filter.check(TrendFilter.Basis.DOCUMENTS_AND_CLAIMS);
    TrendFilter visible = visible(filter);
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, Double[]> means = new TreeMap<>();
    collectMean(
        names.documents(),
        "sentiment.score",
        interval,
        records(SearchKind.DOCUMENTS, visible, from, to),
        0,
        counts,
        means);
    collectMean(
        names.claims(),
        "sentiment_accused",
        interval,
        records(SearchKind.CLAIMS, visible, from, to),
        1,
        counts,
        means);
    List<SentimentPoint> points = new ArrayList<>();
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      Double[] m = means.get(e.getKey());
      points.add(new SentimentPoint(e.getKey(), e.getValue()[0], m[0], e.getValue()[1], m[1]));
    }
    return points;
  }

  /**
   * The people, organisations and places unusually often in the news in a window compared with the
   * whole index: the window's significant entities, highest score first, without complainants who
   * are not public figures.
   *
   * <p>How: a {@code diversified_sampler} takes up to {@link #SIGNIFICANT_SAMPLE} documents of the
   * window, one per {@code syndication_group} (a wire story copied by a hundred outlets counts
   * once), a plain {@code sampler} up to as many documents without a group, and a {@code terms}
   * aggregation over their {@code entity_keys} gives the {@link #SIGNIFICANT_CANDIDATES} most
   * frequent candidates of each. Their background frequencies come from the term statistics of one
   * artificial {@code _termvectors} document (a dictionary lookup per term), and the score is JLH,
   * as Elasticsearch's {@code significant_terms} computes it: {@code (window share - background
   * share) * (window share / background share)}, for candidates in at least {@link
   * #SIGNIFICANT_MIN_DOCUMENTS} sampled documents. Elasticsearch's own {@code significant_terms}
   * and {@code significant_text} would filter every background lookup through the
   * non-nested-documents filter this index needs (entities and revisions are nested), which walks
   * each term's postings: seconds per call on a million documents. See ADR 0010.
   *
   * @param filter document filters narrowing the window's documents (the background stays the whole
   *     index)
   * @throws InvalidParameterException ({@code from_date}) when the window is open; naming a filter
   *     that does not apply to documents
   */
  public List<TermScore> significantTerms(Instant from, Instant to, int size, TrendFilter filter)
      throws IOException {
    Params.size("size", size, Params.MAX_SIZE);
    if (from == null || to == null) {
      throw new InvalidParameterException(
          "from_date", "significant terms need from_date and to_date");
    }
    checkWindow(from, to);
    filter.check(TrendFilter.Basis.DOCUMENTS);
    Set<String> protectedNames = protectedPeople();
    Query window = records(SearchKind.DOCUMENTS, visible(filter, protectedNames), from, to);
    Aggregation keys =
        Aggregation.of(
            t -> t.terms(k -> k.field(DocumentSource.ENTITY_KEYS).size(SIGNIFICANT_CANDIDATES)));
    // one document per syndication group; documents without a group are their own story (a
    // diversified sampler would drop them, so they get a plain sampler of their own)
    Aggregation grouped =
        Aggregation.of(
            a ->
                a.filter(f -> f.exists(e -> e.field(DocumentSource.SYNDICATION_GROUP)))
                    .aggregations(
                        "s",
                        d ->
                            d.diversifiedSampler(
                                    s ->
                                        s.shardSize(SIGNIFICANT_SAMPLE)
                                            .field(DocumentSource.SYNDICATION_GROUP)
                                            .maxDocsPerValue(1))
                                .aggregations("keys", keys)));
    Aggregation ungrouped =
        Aggregation.of(
            a ->
                a.filter(
                        f ->
                            f.bool(
                                b ->
                                    b.mustNot(
                                        m ->
                                            m.exists(
                                                e -> e.field(DocumentSource.SYNDICATION_GROUP)))))
                    .aggregations(
                        "s",
                        d ->
                            d.sampler(s -> s.shardSize(SIGNIFICANT_SAMPLE))
                                .aggregations("keys", keys)));
    SearchResponse<Void> response =
        aggregate(names.documents(), window, Map.of("grouped", grouped, "ungrouped", ungrouped));
    long subset = 0;
    Map<String, Long> merged = new LinkedHashMap<>();
    for (String part : List.of("grouped", "ungrouped")) {
      var sampled = response.aggregations().get(part).filter().aggregations().get("s").sampler();
      subset += sampled.docCount();
      for (Count c : counts(sampled.aggregations().get("keys"))) {
        merged.merge(c.key(), c.count(), Long::sum);
      }
    }
    List<Count> candidates = new ArrayList<>();
    merged.forEach(
        (key, count) -> {
          if (count >= SIGNIFICANT_MIN_DOCUMENTS) {
            candidates.add(new Count(key, count));
          }
        });
    if (candidates.isEmpty() || subset == 0) {
      return List.of();
    }
    Map<String, Object> artificial =
        Map.of(DocumentSource.ENTITY_KEYS, candidates.stream().map(Count::key).toList());
    var vectors =
        client.termvectors(
            t ->
                t.index(names.documents())
                    .doc(artificial)
                    .fields(DocumentSource.ENTITY_KEYS)
                    .termStatistics(true)
                    .fieldStatistics(false)
                    .positions(false)
                    .offsets(false)
                    .payloads(false));
    var terms =
        vectors.termVectors().containsKey(DocumentSource.ENTITY_KEYS)
            ? vectors.termVectors().get(DocumentSource.ENTITY_KEYS).terms()
            : Map.<String, co.elastic.clients.elasticsearch.core.termvectors.Term>of();
    long superset = client.count(c -> c.index(names.documents())).count();
    List<TermScore> scores = new ArrayList<>();
    for (Count candidate : candidates) {
      int bar = candidate.key().indexOf(DocumentSource.ENTITY_KEY_SEPARATOR);
      String type = bar < 0 ? "" : candidate.key().substring(0, bar);
      String name = candidate.key().substring(bar + 1);
      var term = terms.get(candidate.key());
      long background =
          term == null || term.docFreq() == null
              ? candidate.count()
              : Math.max(term.docFreq(), candidate.count());
      double score = jlh(candidate.count(), subset, background, Math.max(superset, background));
      if (score > 0 && !protectedNames.contains(name)) {
        scores.add(new TermScore(name, type, score, candidate.count(), background));
      }
    }
    scores.sort(
        java.util.Comparator.comparingDouble(TermScore::score)
            .reversed()
            .thenComparing(TermScore::term));
    return List.copyOf(scores.subList(0, Math.min(size, scores.size())));
  }

  /**
   * Significant entities of a window, unfiltered; see {@link #significantTerms(Instant, Instant,
   * int, TrendFilter)}.
   */
  public List<TermScore> significantTerms(Instant from, Instant to, int size) throws IOException {
    return significantTerms(from, to, size, TrendFilter.NONE);
  }

  /**
   * The JLH significance score, as Elasticsearch's {@code significant_terms} defines it: 0 unless
   * the term is relatively more frequent in the subset than in the superset.
   */
  static double jlh(long subsetFreq, long subsetSize, long supersetFreq, long supersetSize) {
    if (subsetFreq <= 0 || subsetSize <= 0 || supersetFreq <= 0 || supersetSize <= 0) {
      return 0;
    }
    double subsetProbability = (double) subsetFreq / subsetSize;
    double supersetProbability = (double) supersetFreq / supersetSize;
    double absoluteChange = subsetProbability - supersetProbability;
    if (absoluteChange <= 0) {
      return 0;
    }
    return absoluteChange * (subsetProbability / supersetProbability);
  }

  /**
   * The names no aggregate view may list: accusers who are not public figures (from the claims),
   * and every case party other than the accused who is not a public figure (from the cases), so a
   * complainant stays protected under any role a case gives them later: claimant, a defendant of a
   * defamation countersuit, a witness.
   */
  Set<String> protectedPeople() throws IOException {
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
                                                b.mustNot(
                                                        t ->
                                                            t.term(
                                                                x ->
                                                                    x.field("parties.role")
                                                                        .value("accused")))
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
      Query query,
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
    SearchResponse<Void> response = aggregate(index, query, Map.of("h", h));
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

  /**
   * The query of a view: for documents and claims the window on the publication time and the
   * filters, as search builds them (the entity values a complainant's name was removed from, or
   * nothing when only such names were given); for cases the case-list filters and the window on
   * {@code dateField}.
   */
  private Query query(
      TrendFilter.Basis basis, TrendFilter filter, String dateField, Instant from, Instant to)
      throws IOException {
    return switch (basis) {
      case CASES -> {
        BoolQuery.Builder bool = CaseQueries.filters(filter.caseQuery());
        range(bool, dateField, from, to);
        yield Query.of(q -> q.bool(bool.build()));
      }
      case CLAIMS -> records(SearchKind.CLAIMS, visible(filter), from, to);
      default -> records(SearchKind.DOCUMENTS, visible(filter), from, to);
    };
  }

  /** Documents or claims of the publication window matching the filter; none for a null filter. */
  private static Query records(SearchKind kind, TrendFilter visible, Instant from, Instant to) {
    return visible == null ? NOTHING : Search.query(visible.search(kind, from, to));
  }

  /** {@link #visible(TrendFilter, Set)}, reading the protected names only for an entity filter. */
  private TrendFilter visible(TrendFilter filter) throws IOException {
    return filter.entities().isEmpty() ? filter : visible(filter, protectedPeople());
  }

  /**
   * The filter without entity values that name a protected person, or null when it named only such
   * people: a protected name in an {@code entity} filter matches nothing, so no view can be
   * narrowed to a complainant's documents.
   */
  static TrendFilter visible(TrendFilter filter, Set<String> protectedNames) {
    if (filter.entities().isEmpty()) {
      return filter;
    }
    List<String> kept =
        filter.entities().stream().filter(e -> !protectedNames.contains(e)).toList();
    return kept.isEmpty() ? null : filter.withEntities(kept);
  }

  /** Refuses a window whose end is not after its start ({@code to_date}). */
  private static void checkWindow(Instant from, Instant to) {
    if (from != null && to != null && !from.isBefore(to)) {
      throw new InvalidParameterException("to_date", "must be after from_date");
    }
  }

  private static void range(BoolQuery.Builder bool, String field, Instant from, Instant to) {
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
