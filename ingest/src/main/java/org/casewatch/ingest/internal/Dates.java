package org.casewatch.ingest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Lenient parsing of the date forms found in page metadata: ISO 8601 with or without offset
 * (offsets with or without a colon), with or without time, and RFC 1123. A date without an offset
 * is taken as UTC.
 */
public final class Dates {

  private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");

  private Dates() {}

  /** The instant a date string denotes, or null when it is blank or not understood. */
  public static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    if (s.contains("T") || s.contains(" ") && s.indexOf(' ') == 10) {
      s = s.replace(' ', 'T');
      s = OFFSET_WITHOUT_COLON.matcher(s).replaceFirst("$1:$2");
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        // no offset: try local below
      }
      try {
        return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        // not ISO
      }
    }
    try {
      return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      // not an ISO date
    }
    try {
      return ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
