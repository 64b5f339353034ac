package org.casewatch.index.query;

import java.util.List;

/**
 * One bucket of a date histogram.
 *
 * @param date the first day of the bucket ({@code YYYY-MM-DD}, UTC)
 * @param count how many records fall in it
 * @param split the count per act or status, for the series that split; else empty
 */
public record HistogramBucket(String date, long count, List<Count> split) {

  public HistogramBucket {
    split = List.copyOf(split);
  }
}
