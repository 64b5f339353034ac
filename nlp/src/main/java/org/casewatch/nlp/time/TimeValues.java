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

  private static final Pattern AGO =
      Pattern.compile("(?i)\\b(?<unit>year|month|week|day)s?\\s+ago\\b");
  private static final Pattern COUNTED_AGO =
      Pattern.compile(
          "(?i)\\b(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
              + "fifteen|twenty|thirty|forty|fifty)\\s+(year|month|week|day)s?\\s+ago\\b");
  private static final Pattern YEAR = Pattern.compile(".*\\b\\d{4}\\b.*");
  private static final Pattern FOLLOWING_DAY = Pattern.compile("^\\s+(\\d{1,2})(?![\\d:./])");

  /**
   * Cuts {@code value} of a "N units ago" expression to the unit ("two years ago" is a year, not
   * the day SUTime computes), or null for a vague quantity ("many years ago"); other values
   * unchanged.
   */
  public static String agoPrecision(String words, String value) {
    java.util.regex.Matcher m = AGO.matcher(words);
    if (value == null || !m.find()) {
      return value;
    }
    if (!COUNTED_AGO.matcher(words).find()) {
      return null;
    }
    return switch (m.group("unit").toLowerCase(java.util.Locale.ROOT)) {
      case "year" -> value.substring(0, 4);
      case "month" -> value.length() >= 7 ? value.substring(0, 7) : value;
      default -> value;
    };
  }

  /**
   * A month value followed in the text by a day number ({@code 2025-03} and " 14 to three years")
   * becomes that day, when the day exists; other values unchanged.
   */
  public static String withFollowingDay(String value, String following) {
    if (value == null || value.length() != 7) {
      return value;
    }
    java.util.regex.Matcher m = FOLLOWING_DAY.matcher(following);
    if (!m.find()) {
      return value;
    }
    int day = Integer.parseInt(m.group(1));
    java.time.YearMonth month;
    try {
      month = java.time.YearMonth.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      return value;
    }
    return day >= 1 && day <= month.lengthOfMonth() ? month.atDay(day).toString() : value;
  }

  /** Whether the expression's words contain a four-digit year. */
  public static boolean hasYear(String words) {
    return YEAR.matcher(words).matches();
  }

  /** Whether the first day of {@code value} (year, month or day) lies after {@code day}. */
  public static boolean startsAfter(String value, java.time.LocalDate day) {
    return first(value).isAfter(day);
  }

  private static final Pattern MONTH =
      Pattern.compile("(?i).*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b.*");
  private static final Pattern WEEKDAY =
      Pattern.compile("(?i).*\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b.*");

  /**
   * The previous occurrence of a date expression that SUTime resolved forward: a month or a day of
   * a month one year earlier, a weekday one week earlier; else {@code value} unchanged.
   */
  public static String earlier(String words, String value) {
    if (MONTH.matcher(words).matches()) {
      return yearEarlier(value);
    }
    if (WEEKDAY.matcher(words).matches() && value.length() == 10) {
      return first(value).minusWeeks(1).toString();
    }
    return value;
  }

  /** The same value one year earlier. */
  public static String yearEarlier(String value) {
    int year = Integer.parseInt(value.substring(0, 4)) - 1;
    if (value.length() == 10) {
      return first(value).minusYears(1).toString();
    }
    return String.format(java.util.Locale.ROOT, "%04d", year) + value.substring(4);
  }

  private static java.time.LocalDate first(String value) {
    return switch (value.length()) {
      case 4 -> java.time.LocalDate.of(Integer.parseInt(value), 1, 1);
      case 7 -> java.time.YearMonth.parse(value).atDay(1);
      default -> java.time.LocalDate.parse(value);
    };
  }
}
