package org.casewatch.index.query;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One search: what to look through, the text, the filters, the order and the page.
 *
 * <p>Built with {@link #builder(SearchKind)}, which validates every value with {@link Params} and
 * names refused parameters by their API names ({@code q}, {@code from_date}, {@code source}, ...).
 * Filters with several values match any of them; different filters must all match. Immutable.
 *
 * <pre>{@code
 * SearchQuery query = SearchQuery.builder(SearchKind.CLAIMS)
 *     .text("harassment").acts(List.of("sexual_harassment")).sort(SearchSort.NEWEST).build();
 * }</pre>
 *
 * @param kind what is searched
 * @param text the search text in simple query syntax, or null for every record
 * @param fromDate the earliest publication time (inclusive), or null
 * @param toDate the publication time before which to stop (exclusive), or null
 * @param sources publishers or feeds ({@code source})
 * @param platforms platforms ({@code web}, {@code mastodon}, ...)
 * @param entities canonical entity names (documents: any mentioned entity; claims: the accused)
 * @param cases case ids
 * @param acts acts (claims only)
 * @param modalities modalities (claims only)
 * @param languages language codes
 * @param sentimentMin the lowest sentiment score, or null
 * @param sentimentMax the highest sentiment score, or null
 * @param sort the order
 * @param size the page size, 1 to {@link Params#MAX_SIZE}
 * @param from the offset, 0 to {@link Params#MAX_FROM}; 0 when a cursor is given
 * @param cursor the cursor of the previous page, or null for the first page
 * @param exactTotal whether the page counts every match ({@code exact_total}); by default counting
 *     stops at {@link #TOTAL_CAP} and the total is a lower bound beyond it
 */
public record SearchQuery(
    SearchKind kind,
    String text,
    Instant fromDate,
    Instant toDate,
    List<String> sources,
    List<String> platforms,
    List<String> entities,
    List<String> cases,
    List<String> acts,
    List<String> modalities,
    List<String> languages,
    Double sentimentMin,
    Double sentimentMax,
    SearchSort sort,
    int size,
    int from,
    String cursor,
    boolean exactTotal) {

  /** The page size when none is given: **20**. */
  public static final int DEFAULT_SIZE = 20;

  /**
   * Where counting matches stops unless {@link #exactTotal()} is asked for: **10,000**. A capped
   * count lets Elasticsearch skip hits that cannot make the page (block-max WAND), which is what
   * keeps a search for a common word fast on a million documents.
   */
  public static final int TOTAL_CAP = 10_000;

  /** A builder for a search through {@code kind}. */
  public static Builder builder(SearchKind kind) {
    return new Builder(kind);
  }

  /** This query as API parameters, for export headers and logs; absent values are left out. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
    put(m, "q", text);
    put(m, "from_date", fromDate == null ? null : fromDate.toString());
    put(m, "to_date", toDate == null ? null : toDate.toString());
    put(m, "source", sources);
    put(m, "platform", platforms);
    put(m, "entity", entities);
    put(m, "case", cases);
    put(m, "act", acts);
    put(m, "modality", modalities);
    put(m, "language", languages);
    put(m, "sentiment_min", sentimentMin);
    put(m, "sentiment_max", sentimentMax);
    m.put("sort", sort.name().toLowerCase(java.util.Locale.ROOT));
    if (exactTotal) {
      m.put("exact_total", true);
    }
    return m;
  }

  /** The same query for the page after the given cursor. */
  public SearchQuery withCursor(String next) {
    return new SearchQuery(
        kind,
        text,
        fromDate,
        toDate,
        sources,
        platforms,
        entities,
        cases,
        acts,
        modalities,
        languages,
        sentimentMin,
        sentimentMax,
        sort,
        size,
        0,
        next,
        exactTotal);
  }

  /** The same query with another page size (already validated by the caller). */
  SearchQuery withSize(int newSize) {
    return new SearchQuery(
        kind,
        text,
        fromDate,
        toDate,
        sources,
        platforms,
        entities,
        cases,
        acts,
        modalities,
        languages,
        sentimentMin,
        sentimentMax,
        sort,
        newSize,
        from,
        cursor,
        exactTotal);
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
      m.put(key, value);
    }
  }

  /** Validating builder; each setter refuses a bad value at once, naming the parameter. */
  public static final class Builder {
    private final SearchKind kind;
    private String text;
    private Instant fromDate;
    private Instant toDate;
    private List<String> sources = List.of();
    private List<String> platforms = List.of();
    private List<String> entities = List.of();
    private List<String> cases = List.of();
    private List<String> acts = List.of();
    private List<String> modalities = List.of();
    private List<String> languages = List.of();
    private Double sentimentMin;
    private Double sentimentMax;
    private SearchSort sort = SearchSort.RELEVANCE;
    private int size = DEFAULT_SIZE;
    private int from;
    private String cursor;
    private boolean exactTotal;

    private Builder(SearchKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** The search text ({@code q}); null or blank for every record. */
    public Builder text(String value) {
      this.text = value == null || value.isBlank() ? null : Params.text("q", value);
      return this;
    }

    /** Publication time from ({@code from_date}, inclusive); null for no bound. */
    public Builder fromDate(Instant value) {
      this.fromDate = value;
      return this;
    }

    /** Publication time to ({@code to_date}, exclusive); null for no bound. */
    public Builder toDate(Instant value) {
      this.toDate = value;
      return this;
    }

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

    public Builder sort(SearchSort value) {
      this.sort = Objects.requireNonNull(value, "sort");
      return this;
    }

    /** Page size ({@code size}), 1 to {@link Params#MAX_SIZE}; default {@value #DEFAULT_SIZE}. */
    public Builder size(int value) {
      this.size = Params.size("size", value, Params.MAX_SIZE);
      return this;
    }

    /** Offset ({@code from}), 0 to {@link Params#MAX_FROM}. */
    public Builder from(int value) {
      this.from = Params.from("from", value);
      return this;
    }

    /** The cursor of the previous page ({@code cursor}), or null. */
    public Builder cursor(String value) {
      this.cursor = value == null || value.isEmpty() ? null : value;
      return this;
    }

    /**
     * Whether to count every match ({@code exact_total}) rather than stop at {@link #TOTAL_CAP};
     * slower for common words on a large index.
     */
    public Builder exactTotal(boolean value) {
      this.exactTotal = value;
      return this;
    }

    /** The query; refuses claim-only filters on documents and a cursor with an offset. */
    public SearchQuery build() {
      if (kind.actField() == null && !acts.isEmpty()) {
        throw new InvalidParameterException("act", "filters claims only (kind=claims)");
      }
      if (kind.modalityField() == null && !modalities.isEmpty()) {
        throw new InvalidParameterException("modality", "filters claims only (kind=claims)");
      }
      if (cursor != null && from > 0) {
        throw new InvalidParameterException("from", "cannot be combined with a cursor");
      }
      if (fromDate != null && toDate != null && !fromDate.isBefore(toDate)) {
        throw new InvalidParameterException("to_date", "must be after from_date");
      }
      if (sentimentMin != null && sentimentMax != null && sentimentMin > sentimentMax) {
        throw new InvalidParameterException("sentiment_max", "must not be below sentiment_min");
      }
      return new SearchQuery(
          kind,
          text,
          fromDate,
          toDate,
          sources,
          platforms,
          entities,
          cases,
          acts,
          modalities,
          languages,
          sentimentMin,
          sentimentMax,
          sort,
          size,
          from,
          cursor,
          exactTotal);
    }
  }
}
