package org.casewatch.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partial ISO-8601 dates ({@code 2018}, {@code 2018-06}, {@code 2018-06-14}) as the first instant
 * they cover, for sorting and range queries.
 *
 * <p>The index keeps a partial date as a keyword string (so "2018" stays "2018", not a made-up
 * January 1st) plus a {@code *_from} date field holding {@link #firstInstant(String)}. Dates with a
 * time ({@code 2018-06-14T10:00:00Z}) are parsed as they are. Anything else (SUTime's {@code
 * 2018-W23}, {@code 2018-SU}, {@code PRESENT_REF}) has no first instant. Thread-safe.
 */
public final class PartialDates {

  private static final Pattern PARTIAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private PartialDates() {}

  /**
   * The first instant (UTC) a partial date covers, or null when the text is null or not a partial
   * ISO date.
   */
  public static Instant firstInstant(String date) {
    if (date == null) {
      return null;
    }
    String text = date.strip();
    Matcher m = PARTIAL.matcher(text);
    try {
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (text.length() > 10 && text.charAt(10) == 'T') {
        return OffsetDateTime.parse(text).toInstant();
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }
}
