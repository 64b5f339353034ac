package org.casewatch.index.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The filters a trends view narrows its records with: the search filters ({@code source}, {@code
 * platform}, {@code entity}, {@code case}, {@code act}, {@code modality}, {@code language}, {@code
 * sentiment_min}, {@code sentiment_max}) for views over documents and claims, the case-list filters
 * ({@code status}, {@code act}, {@code organisation}, {@code country}, {@code sector}) for views
 * over cases.
 *
 * <p>Each filter means what it means in search ({@link SearchQuery}) and the case list ({@link
 * CaseQuery}), and {@link Trends} turns it into Elasticsearch clauses with the same builders
 * ({@link Search#query} and {@link CaseQueries#filters}), so a trend and a search with the same
 * parameters count the same records. Values are validated by {@link Params} as they are set; a
 * filter that does not apply to what a view counts (an {@code act} on documents, a {@code country}
 * on claims) is refused by the view with an {@link InvalidParameterException} naming it, rather
 * than silently ignored. Several values of one filter match any of them; different filters must all
 * match. Immutable.
 *
 * <pre>{@code
 * TrendFilter mastodon = TrendFilter.builder().platforms(List.of("mastodon")).build();
 * List<HistogramBucket> months = trends.histogram(Series.DOCUMENTS, Interval.MONTH, null, null, mastodon);
 * }</pre>
 *
 * @param sources publishers or feeds ({@code source}); documents and claims
 * @param platforms platforms ({@code platform}); documents and claims
 * @param entities canonical names ({@code entity}): a mentioned entity of a document, the accused
 *     of a claim; documents and claims
 * @param cases case ids ({@code case}); documents and claims
 * @param acts acts ({@code act}); claims and cases
 * @param modalities modalities ({@code modality}); claims
 * @param languages language codes ({@code language}); documents and claims
 * @param sentimentMin the lowest sentiment score ({@code sentiment_min}), or null: document
 *     sentiment, or the sentiment towards a claim's accused
 * @param sentimentMax the highest sentiment score ({@code sentiment_max}), or null
 * @param statuses case statuses ({@code status}); cases
 * @param organisations organisation names ({@code organisation}); cases
 * @param countries country codes ({@code country}); cases
 * @param sectors sectors ({@code sector}); cases
 */
public record TrendFilter(
    List<String> sources,
    List<String> platforms,
    List<String> entities,
    List<String> cases,
    List<String> acts,
    List<String> modalities,
    List<String> languages,
    Double sentimentMin,
    Double sentimentMax,
    List<String> statuses,
    List<String> organisations,
    List<String> countries,
    List<String> sectors) {

  /** No filter: every record of the window. */
  public static final TrendFilter NONE = builder().build();

  /** What a view counts, which decides the filters it takes. */
  enum Basis {
    /** Documents: source, platform, entity, case, language, sentiment. */
    DOCUMENTS("documents", Set.of("source", "platform", "entity", "case", "language", "sentiment")),
    /** Claims: the document filters plus act and modality. */
    CLAIMS(
        "claims",
        Set.of("source", "platform", "entity", "case", "language", "sentiment", "act", "modality")),
    /** Cases: status, act, organisation, country, sector. */
    CASES("cases", Set.of("status", "act", "organisation", "country", "sector")),
    /** Documents and claims side by side (top entities, sentiment): the document filters. */
    DOCUMENTS_AND_CLAIMS(
        "documents and claims",
        Set.of("source", "platform", "entity", "case", "language", "sentiment"));

    private final String label;
    private final Set<String> filters;

    Basis(String label, Set<String> filters) {
      this.label = label;
      this.filters = filters;
    }
  }

  /** A builder with no filters. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Refuses the first filter that does not apply to what a view counts.
   *
   * @throws InvalidParameterException naming the filter ({@code act}, {@code country}, ...)
   */
  void check(Basis basis) {
    for (String name : given()) {
      if (!basis.filters.contains(name)) {
        throw new InvalidParameterException(
            name.equals("sentiment")
                ? (sentimentMin != null ? "sentiment_min" : "sentiment_max")
                : name,
            "does not apply to this view, which counts "
                + basis.label
                + " ("
                + applies(name)
                + ")");
      }
    }
  }

  /** The names of the filters given, {@code sentiment} for either sentiment bound. */
  private List<String> given() {
    List<String> names = new ArrayList<>();
    add(names, "source", sources);
    add(names, "platform", platforms);
    add(names, "entity", entities);
    add(names, "case", cases);
    add(names, "act", acts);
    add(names, "modality", modalities);
    add(names, "language", languages);
    if (sentimentMin != null || sentimentMax != null) {
      names.add("sentiment");
    }
    add(names, "status", statuses);
    add(names, "organisation", organisations);
    add(names, "country", countries);
    add(names, "sector", sectors);
    return names;
  }

  private static void add(List<String> names, String name, List<String> values) {
    if (!values.isEmpty()) {
      names.add(name);
    }
  }

  private static String applies(String name) {
    List<String> to = new ArrayList<>();
    for (Basis b : List.of(Basis.DOCUMENTS, Basis.CLAIMS, Basis.CASES)) {
      if (b.filters.contains(name)) {
        to.add(b.label);
      }
    }
    return "it filters " + String.join(" and ", to);
  }

  /**
   * These filters as a search of {@code kind} over the publication window, for {@link
   * Search#query}; the caller has {@linkplain #check checked} that they apply.
   */
  SearchQuery search(SearchKind kind, Instant from, Instant to) {
    SearchQuery.Builder b =
        SearchQuery.builder(kind)
            .fromDate(from)
            .toDate(to)
            .sources(sources)
            .platforms(platforms)
            .entities(entities)
            .cases(cases)
            .languages(languages)
            .sentiment(sentimentMin, sentimentMax);
    if (kind == SearchKind.CLAIMS) {
      b.acts(acts).modalities(modalities);
    }
    return b.build();
  }

  /** These filters as a case list query (no window), for {@link CaseQueries#filters}. */
  CaseQuery caseQuery() {
    return CaseQuery.builder()
        .statuses(statuses)
        .acts(acts)
        .organisations(organisations)
        .countries(countries)
        .sectors(sectors)
        .build();
  }

  /** The same filters with other entity values (already validated). */
  TrendFilter withEntities(List<String> values) {
    return new TrendFilter(
        sources,
        platforms,
        List.copyOf(values),
        cases,
        acts,
        modalities,
        languages,
        sentimentMin,
        sentimentMax,
        statuses,
        organisations,
        countries,
        sectors);
  }

  /** Validating builder: each setter refuses a bad value at once, naming the parameter. */
  public static final class Builder {
    private List<String> sources = List.of();
    private List<String> platforms = List.of();
    private List<String> entities = List.of();
    private List<String> cases = List.of();
    private List<String> acts = List.of();
    private List<String> modalities = List.of();
    private List<String> languages = List.of();
    private Double sentimentMin;
    private Double sentimentMax;
    private List<String> statuses = List.of();
    private List<String> organisations = List.of();
    private List<String> countries = List.of();
    private List<String> sectors = List.of();

    private Builder() {}

    public Builder sources(List<String> values) {
      this.sources = Params.values("source", values);
      return this;
    }

    public Builder platforms(List<String> values) {
      this.platforms = Params.values("platform", values);
      return this;
    }

    public Builder entities(List<String> values) {
      this.entities = Params.values("entity", values);
      return this;
    }

    /** Case ids ({@code case}), each matching the id pattern. */
    public Builder cases(List<String> values) {
      List<String> checked = Params.values("case", values);
      checked.forEach(id -> Params.id("case", id));
      this.cases = checked;
      return this;
    }

    public Builder acts(List<String> values) {
      this.acts = Params.values("act", values);
      return this;
    }

    public Builder modalities(List<String> values) {
      this.modalities = Params.values("modality", values);
      return this;
    }

    public Builder languages(List<String> values) {
      this.languages = Params.values("language", values);
      return this;
    }

    /** Sentiment score bounds ({@code sentiment_min}, {@code sentiment_max}), each in [-1, 1]. */
    public Builder sentiment(Double min, Double max) {
      this.sentimentMin = Params.unit("sentiment_min", min);
      this.sentimentMax = Params.unit("sentiment_max", max);
      return this;
    }

    public Builder statuses(List<String> values) {
      this.statuses = Params.values("status", values);
      return this;
    }

    public Builder organisations(List<String> values) {
      this.organisations = Params.values("organisation", values);
      return this;
    }

    public Builder countries(List<String> values) {
      this.countries = Params.values("country", values);
      return this;
    }

    public Builder sectors(List<String> values) {
      this.sectors = Params.values("sector", values);
      return this;
    }

    /** The filters; refuses sentiment bounds in the wrong order ({@code sentiment_max}). */
    public TrendFilter build() {
      if (sentimentMin != null && sentimentMax != null && sentimentMin > sentimentMax) {
        throw new InvalidParameterException("sentiment_max", "must not be below sentiment_min");
      }
      return new TrendFilter(
          sources,
          platforms,
          entities,
          cases,
          acts,
          modalities,
          languages,
          sentimentMin,
          sentimentMax,
          statuses,
          organisations,
          countries,
          sectors);
    }
  }
}
