package org.casewatch.index.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The validation rules every query parameter goes through, shared by the Java API, the HTTP API and
 * the command line so that all three refuse the same things with the same message.
 *
 * <p>Each method takes the parameter's name as the caller spells it and throws {@link
 * InvalidParameterException} naming it. The rules keep queries cheap and inside their fields:
 * search text of at most **512** characters and **32** terms, no leading or inner wildcards (a
 * {@code *} may only end a term of at least three letters), ids matching {@code
 * [A-Za-z0-9][A-Za-z0-9_-]{0,127}}, at most **50** values per filter, sizes from 1 to **100**,
 * offsets up to **1,000** (deeper pages use the cursor).
 */
public final class Params {

  /** The longest search text accepted: **512 characters**. */
  public static final int MAX_TEXT_CHARS = 512;

  /** The most whitespace-separated terms in search text: **32**. */
  public static final int MAX_TERMS = 32;

  /** The most values one filter may list: **50**. */
  public static final int MAX_VALUES = 50;

  /** The longest single filter value: **256 characters**. */
  public static final int MAX_VALUE_CHARS = 256;

  /** The most hits or entries one page returns: **100**. */
  public static final int MAX_SIZE = 100;

  /** The deepest offset accepted; deeper pages use the cursor: **1,000**. */
  public static final int MAX_FROM = 1_000;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");
  private static final Pattern PREFIX_TERM = Pattern.compile("[+\\-|(\"]*\\p{L}{3,}[^*?]*\\*\\)*");

  private Params() {}

  /** Search text: not blank, not too long, few terms, no leading or inner wildcards. */
  public static String text(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidParameterException(name, "must not be blank");
    }
    if (value.length() > MAX_TEXT_CHARS) {
      throw new InvalidParameterException(name, "longer than " + MAX_TEXT_CHARS + " characters");
    }
    noControls(name, value);
    String[] terms = value.strip().split("\\s+");
    if (terms.length > MAX_TERMS) {
      throw new InvalidParameterException(name, "more than " + MAX_TERMS + " terms");
    }
    for (String term : terms) {
      if (term.indexOf('?') >= 0 && term.replace("\"", "").startsWith("?")) {
        throw new InvalidParameterException(name, "leading wildcards are not allowed");
      }
      if (term.indexOf('*') >= 0 && !PREFIX_TERM.matcher(term).matches()) {
        throw new InvalidParameterException(
            name,
            "wildcards are only allowed at the end of a word of at least 3 letters"
                + " (no leading wildcards)");
      }
    }
    return value.strip();
  }

  /** An id such as a case id: letters, digits, {@code _} and {@code -}, at most 128. */
  public static String id(String name, String value) {
    if (value == null || !ID.matcher(value).matches()) {
      throw new InvalidParameterException(
          name, "must be 1 to 128 letters, digits, '_' or '-' starting with a letter or digit");
    }
    return value;
  }

  /** A filter's values: at most {@link #MAX_VALUES}, each short and free of control characters. */
  public static List<String> values(String name, List<String> values) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > MAX_VALUES) {
      throw new InvalidParameterException(name, "more than " + MAX_VALUES + " values");
    }
    List<String> checked = new ArrayList<>(values.size());
    for (String value : values) {
      if (value == null || value.isBlank()) {
        throw new InvalidParameterException(name, "values must not be blank");
      }
      if (value.length() > MAX_VALUE_CHARS) {
        throw new InvalidParameterException(
            name, "values must be at most " + MAX_VALUE_CHARS + " characters");
      }
      noControls(name, value);
      checked.add(value.strip());
    }
    return List.copyOf(checked);
  }

  /** A page size from 1 to {@code max}. */
  public static int size(String name, int value, int max) {
    if (value < 1 || value > max) {
      throw new InvalidParameterException(name, "must be from 1 to " + max + ", was " + value);
    }
    return value;
  }

  /** An offset from 0 to {@link #MAX_FROM}. */
  public static int from(String name, int value) {
    if (value < 0 || value > MAX_FROM) {
      throw new InvalidParameterException(
          name, "must be from 0 to " + MAX_FROM + " (use the cursor for deeper pages)");
    }
    return value;
  }

  /** A score from -1 to 1 such as a sentiment bound, or null for no bound. */
  public static Double unit(String name, Double value) {
    if (value != null && (value.isNaN() || value < -1.0 || value > 1.0)) {
      throw new InvalidParameterException(name, "must be from -1 to 1");
    }
    return value;
  }

  /** An integer given as text. */
  public static int integer(String name, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException | NullPointerException e) {
      throw new InvalidParameterException(name, "must be an integer");
    }
  }

  /** A flag given as text: {@code true} or {@code false}, nothing else. */
  public static boolean bool(String name, String value) {
    String v = value == null ? "" : value.strip();
    if (v.equals("true")) {
      return true;
    }
    if (v.equals("false")) {
      return false;
    }
    throw new InvalidParameterException(name, "must be true or false");
  }

  /** A finite decimal given as text. */
  public static double decimal(String name, String value) {
    try {
      double d = Double.parseDouble(value.strip());
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException | NullPointerException e) {
      // refused below
    }
    throw new InvalidParameterException(name, "must be a number");
  }

  /**
   * The first instant a date covers: {@code 2024}, {@code 2024-05}, {@code 2024-05-14} (UTC) or a
   * full ISO-8601 time with offset.
   */
  public static Instant dateStart(String name, String value) {
    return parseDate(name, value, false);
  }

  /** The first instant after a date: the end of the year, month or day it names (exclusive). */
  public static Instant dateEnd(String name, String value) {
    return parseDate(name, value, true);
  }

  /** An enum constant by its lower-case name ({@code newest}, {@code latest_activity}). */
  public static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
    if (value != null) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(value.strip())) {
          return constant;
        }
      }
    }
    throw new InvalidParameterException(name, "must be one of " + names(type));
  }

  /** The lower-case names of an enum's constants, for messages and documentation. */
  public static <E extends Enum<E>> List<String> names(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private static Instant parseDate(String name, String value, boolean end) {
    if (value == null || value.length() > 40) {
      throw new InvalidParameterException(name, "must be a date: YYYY, YYYY-MM, YYYY-MM-DD");
    }
    String v = value.strip();
    try {
      if (v.matches("\\d{4}")) {
        LocalDate d = LocalDate.of(Integer.parseInt(v), 1, 1);
        return (end ? d.plusYears(1) : d).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(v);
        return (end ? m.plusMonths(1) : m).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate d = LocalDate.parse(v);
        return (end ? d.plusDays(1) : d).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return OffsetDateTime.parse(v).toInstant();
    } catch (java.time.DateTimeException e) {
      throw new InvalidParameterException(
          name, "must be a date: YYYY, YYYY-MM, YYYY-MM-DD or an ISO-8601 time with offset");
    }
  }

  private static void noControls(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0)) {
        throw new InvalidParameterException(name, "must not contain control characters");
      }
    }
  }
}
