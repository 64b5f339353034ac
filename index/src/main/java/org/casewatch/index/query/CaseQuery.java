package org.casewatch.index.query;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A case list request: filters, order and page. Cases merged into another never appear.
 *
 * <p>The date bounds select cases active in the window: first seen before {@code toDate} and last
 * active on or after {@code fromDate}. Build with {@link #builder()}, which validates every value
 * and names refused parameters by their API names.
 *
 * @param statuses statuses ({@code charged}, {@code convicted}, ...); any of them
 * @param acts acts; any of them
 * @param organisations organisation names; any of them
 * @param countries country codes; any of them
 * @param sectors sectors ({@code sector}); any of them
 * @param fromDate start of the activity window (inclusive), or null
 * @param toDate end of the activity window (exclusive), or null
 * @param sort the order
 * @param size the page size, 1 to {@link Params#MAX_SIZE}
 * @param cursor the cursor of the previous page, or null
 */
public record CaseQuery(
    List<String> statuses,
    List<String> acts,
    List<String> organisations,
    List<String> countries,
    List<String> sectors,
    Instant fromDate,
    Instant toDate,
    CaseSort sort,
    int size,
    String cursor) {

  /** A builder with no filters, latest activity first, {@value SearchQuery#DEFAULT_SIZE} cases. */
  public static Builder builder() {
    return new Builder();
  }

  /** Validating builder. */
  public static final class Builder {
    private List<String> statuses = List.of();
    private List<String> acts = List.of();
    private List<String> organisations = List.of();
    private List<String> countries = List.of();
    private List<String> sectors = List.of();
    private Instant fromDate;
    private Instant toDate;
    private CaseSort sort = CaseSort.LATEST_ACTIVITY;
    private int size = SearchQuery.DEFAULT_SIZE;
    private String cursor;

    private Builder() {}

    public Builder statuses(List<String> values) {
      this.statuses = Params.values("status", values);
      return this;
    }

    public Builder acts(List<String> values) {
      this.acts = Params.values("act", values);
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

    public Builder fromDate(Instant value) {
      this.fromDate = value;
      return this;
    }

    public Builder toDate(Instant value) {
      this.toDate = value;
      return this;
    }

    public Builder sort(CaseSort value) {
      this.sort = Objects.requireNonNull(value, "sort");
      return this;
    }

    public Builder size(int value) {
      this.size = Params.size("size", value, Params.MAX_SIZE);
      return this;
    }

    public Builder cursor(String value) {
      this.cursor = value == null || value.isEmpty() ? null : value;
      return this;
    }

    /** The query. */
    public CaseQuery build() {
      if (fromDate != null && toDate != null && !fromDate.isBefore(toDate)) {
        throw new InvalidParameterException("to_date", "must be after from_date");
      }
      return new CaseQuery(
          statuses, acts, organisations, countries, sectors, fromDate, toDate, sort, size, cursor);
    }
  }
}
