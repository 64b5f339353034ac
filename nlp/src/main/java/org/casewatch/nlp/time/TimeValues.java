package org.casewatch.nlp.time;

import java.util.regex.Pattern;

/**
 * Turns SUTime values into the ISO dates casewatch stores, or null for values that are not a
 * calendar date, month or year (durations, weeks, seasons, times of day without a date, values
 * SUTime left unresolved like {@code XXXX-08-07}).
 */
public final class TimeValues {

  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private TimeValues() {}

  /** The ISO date prefix of {@code value}, or null. */
  public static String normalize(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    int t = v.indexOf('T');
    if (t == 10) {
      v = v.substring(0, 10);
    }
    return DATE.matcher(v).matches() ? v : null;
  }
}
