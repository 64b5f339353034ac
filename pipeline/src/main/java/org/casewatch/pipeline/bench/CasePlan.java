package org.casewatch.pipeline.bench;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The shape of every generated case, fixed from the seed before any document is written: how many
 * claims it has (heavy-tailed, a handful to hundreds), when it starts and how long it runs, its
 * accused, organisation, country, main act, and the course it takes (the event types in order).
 *
 * <p>Claims are laid out case after case: case {@code c} owns claims {@code [firstClaim(c),
 * firstClaim(c + 1))}, and its {@code k}-th claim is published at {@code start + span * k / n}, so
 * a case's documents, claims and events run forward in time. Reports of one real event come in runs
 * of {@link #reportsPerEvent(int)} claims, and copies among them share a syndication group.
 */
final class CasePlan implements Serializable {

  private static final long serialVersionUID = 1L;

  /** First day of the generated window. */
  static final Instant WINDOW_START = Instant.parse("2018-01-01T00:00:00Z");

  /** Length of the window in days: eight years. */
  static final int WINDOW_DAYS = 2922;

  /** The end of the window, used as "now" for dormant cases. */
  static final Instant WINDOW_END = WINDOW_START.plus(WINDOW_DAYS, ChronoUnit.DAYS);

  /** Acts, most frequent first, with their weights and how a sentence says them. */
  static final List<String> ACTS =
      List.of(
          "sexual_harassment",
          "sexual_assault",
          "sexual_misconduct",
          "rape",
          "groping",
          "verbal_harassment",
          "coercion",
          "stalking",
          "indecent_exposure",
          "child_sexual_abuse",
          "retaliation");

  private static final double[] ACT_WEIGHTS = {30, 20, 15, 10, 8, 5, 4, 3, 2, 2, 1};

  static final List<String> ACT_PHRASES =
      List.of(
          "sexually harassed",
          "sexually assaulted",
          "behaved inappropriately towards",
          "raped",
          "groped",
          "verbally harassed",
          "coerced",
          "stalked",
          "exposed himself to",
          "abused",
          "retaliated against");

  /** Courses a case can take: event types in the order they happen. */
  static final List<List<String>> COURSES =
      List.of(
          List.of(
              "accusation",
              "denial",
              "police_report",
              "police_investigation",
              "arrest",
              "charge",
              "trial",
              "conviction",
              "sentence",
              "appeal"),
          List.of(
              "accusation",
              "denial",
              "police_report",
              "police_investigation",
              "charge",
              "trial",
              "acquittal",
              "defamation_lawsuit"),
          List.of(
              "accusation",
              "denial",
              "police_report",
              "police_investigation",
              "charge",
              "charges_dropped"),
          List.of(
              "accusation",
              "denial",
              "complaint_to_employer",
              "internal_investigation",
              "suspension",
              "firing",
              "civil_lawsuit",
              "settlement"),
          List.of("accusation", "statement", "internal_investigation", "resignation", "apology"),
          List.of(
              "accusation",
              "denial",
              "police_report",
              "police_investigation",
              "no_charges",
              "civil_lawsuit"),
          List.of("accusation", "denial", "statement"));

  private static final double[] COURSE_WEIGHTS = {12, 8, 8, 25, 20, 12, 15};

  private final int[] firstClaim;
  private final int[] startDay;
  private final int[] spanDays;
  private final byte[] course;
  private final byte[] courseLength;
  private final byte[] reportsPerEvent;
  private final byte[] act;
  private final short[] organisation;
  private final byte[] country;
  private final byte[] sector;

  CasePlan(BenchScale scale) {
    int n = scale.cases();
    SplittableRandom random = Hashing.random(scale.seed(), 1, 0);
    double[] weights = new double[n];
    double sum = 0;
    for (int c = 0; c < n; c++) {
      weights[c] = Math.exp(1.1 * gaussian(random));
      sum += weights[c];
    }
    int[] claims = new int[n];
    int total = 0;
    for (int c = 0; c < n; c++) {
      claims[c] = Math.max(1, (int) Math.floor(scale.claims() * weights[c] / sum));
      total += claims[c];
    }
    for (int c = 0; total < scale.claims(); c = (c + 1) % n, total++) {
      claims[c]++;
    }
    while (total > scale.claims()) {
      int largest = 0;
      for (int c = 1; c < n; c++) {
        largest = claims[c] > claims[largest] ? c : largest;
      }
      claims[largest]--;
      total--;
    }
    firstClaim = new int[n + 1];
    for (int c = 0; c < n; c++) {
      firstClaim[c + 1] = firstClaim[c] + claims[c];
    }
    startDay = new int[n];
    spanDays = new int[n];
    course = new byte[n];
    courseLength = new byte[n];
    reportsPerEvent = new byte[n];
    act = new byte[n];
    organisation = new short[n];
    country = new byte[n];
    sector = new byte[n];
    for (int c = 0; c < n; c++) {
      int span =
          (int)
              Math.min(
                  WINDOW_DAYS - 31, 20 + 40 * Math.sqrt(claims[c]) * (0.5 + random.nextDouble()));
      spanDays[c] = span;
      startDay[c] = random.nextInt(WINDOW_DAYS - span);
      course[c] = (byte) weighted(random, COURSE_WEIGHTS);
      int length = COURSES.get(course[c]).size();
      courseLength[c] = (byte) (random.nextDouble() < 0.6 ? length : 1 + random.nextInt(length));
      reportsPerEvent[c] = (byte) (1 + random.nextInt(4));
      act[c] = (byte) weighted(random, ACT_WEIGHTS);
      organisation[c] = (short) zipf(random, Names.organisationCount());
      country[c] = (byte) zipf(random, Names.COUNTRIES.size());
      sector[c] = (byte) random.nextInt(Names.SECTORS.size());
    }
  }

  /** A standard normal draw (Box-Muller). */
  static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  /** An index drawn with the given weights. */
  static int weighted(SplittableRandom random, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double target = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** An index in {@code [0, n)} with probability roughly proportional to {@code 1/(index+1)}. */
  static int zipf(SplittableRandom random, int n) {
    return Math.min(n - 1, (int) Math.pow(n + 1, random.nextDouble()) - 1);
  }

  int cases() {
    return startDay.length;
  }

  /** The case claim {@code j} belongs to. */
  int caseOfClaim(int claim) {
    int index = Arrays.binarySearch(firstClaim, claim);
    if (index >= 0) {
      // Several entries can be equal only for empty cases, which the constructor never makes.
      return index;
    }
    return -index - 2;
  }

  int firstClaim(int c) {
    return firstClaim[c];
  }

  int claimCount(int c) {
    return firstClaim[c + 1] - firstClaim[c];
  }

  /** When the {@code k}-th claim of case {@code c} is published. */
  Instant claimTime(int c, int k, SplittableRandom jitter) {
    double day = startDay[c] + (double) spanDays[c] * k / claimCount(c);
    long seconds = (long) (day * 86_400) + jitter.nextInt(6 * 3600);
    return WINDOW_START.plusSeconds(seconds);
  }

  int reportsPerEvent(int c) {
    return reportsPerEvent[c];
  }

  /** The index of the real event the {@code k}-th claim of case {@code c} reports. */
  int realEvent(int c, int k) {
    return k / reportsPerEvent[c];
  }

  /** The event type the {@code k}-th claim of case {@code c} reports. */
  String eventType(int c, int k) {
    int events = (claimCount(c) + reportsPerEvent[c] - 1) / reportsPerEvent[c];
    int stage = (int) ((long) realEvent(c, k) * courseLength[c] / events);
    return COURSES.get(course[c]).get(Math.min(stage, courseLength[c] - 1));
  }

  /** The type of the last event the case has reached. */
  String lastEventType(int c) {
    return COURSES.get(course[c]).get(courseLength[c] - 1);
  }

  String act(int c) {
    return ACTS.get(act[c]);
  }

  String actPhrase(int c) {
    return ACT_PHRASES.get(act[c]);
  }

  /** The accused: person names 0 to cases-1 are reserved for the accused of each case. */
  String accused(int c) {
    return Names.person(c);
  }

  String organisation(int c) {
    return Names.organisation(organisation[c]);
  }

  String country(int c) {
    return Names.COUNTRIES.get(country[c]);
  }

  String sector(int c) {
    return Names.SECTORS.get(sector[c]);
  }

  /** Accuser {@code a} (0 to 3) of case {@code c}; their names follow the accused's range. */
  String accuser(int c, int a) {
    return Names.person(cases() + c * 4 + a);
  }

  /** Whether accuser {@code a} of case {@code c} is a public figure (about one in five). */
  boolean accuserPublic(int c, int a) {
    return Hashing.mix(c * 4L + a) % 5 == 0;
  }
}
