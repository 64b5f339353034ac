package org.casewatch.index.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casewatch.model.AllegationCase;

/**
 * The JSON shape of an {@link AllegationCase} in the {@link CasewatchIndex#CASES} index, both ways.
 *
 * <p>Field names are snake_case and match {@code cases-v1.json} ({@code dynamic: strict}). Instants
 * are ISO-8601 strings; absent values (no sector, no merge target, no until) are left out rather
 * than written as null. {@link #read(Map)} inverts {@link #of(AllegationCase)}, so the query
 * service and the rebuild read cases back as the same records the stream wrote.
 */
public final class CaseSource {

  /** The case id field; equals the Elasticsearch {@code _id}. */
  public static final String ID = "id";

  /** The status field. */
  public static final String STATUS = "status";

  /** Set only on stubs of merged cases: the id of the surviving case. Lists filter these out. */
  public static final String MERGED_INTO = "merged_into";

  /** The latest publication time of the case's documents. */
  public static final String LAST_ACTIVITY = "last_activity";

  /** The number of independent publishers. */
  public static final String PUBLISHER_COUNT = "publisher_count";

  private CaseSource() {}

  /** The index-ready JSON object of a case. */
  public static Map<String, Object> of(AllegationCase c) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put(ID, c.id());
    s.put("title", c.title());
    Map<String, Object> accused = new LinkedHashMap<>();
    accused.put("name", c.accusedName());
    accused.put("aliases", c.accusedAliases());
    s.put("accused", accused);
    s.put("acts", c.acts());
    s.put("organisations", c.organisations());
    List<Map<String, Object>> parties = new ArrayList<>();
    for (AllegationCase.Party p : c.parties()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", p.name());
      m.put("role", p.role());
      putIfNotNull(m, "since", p.since());
      putIfNotNull(m, "until", p.until());
      m.put("public_figure", p.publicFigure());
      parties.add(m);
    }
    s.put("parties", parties);
    s.put(STATUS, c.status());
    putIfNotNull(s, "first_seen", c.firstSeen() == null ? null : c.firstSeen().toString());
    putIfNotNull(s, LAST_ACTIVITY, c.lastActivity() == null ? null : c.lastActivity().toString());
    s.put("claim_ids", c.claimIds());
    s.put("event_ids", c.eventIds());
    s.put("document_count", c.documentCount());
    s.put(PUBLISHER_COUNT, c.publisherCount());
    List<Map<String, Object>> sentiment = new ArrayList<>();
    for (AllegationCase.MonthSentiment m : c.sentiment()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("month", m.month());
      o.put("mean", m.mean());
      o.put("n", m.n());
      sentiment.add(o);
    }
    s.put("sentiment", sentiment);
    List<Map<String, Object>> merges = new ArrayList<>();
    for (AllegationCase.Merge m : c.merges()) {
      Map<String, Object> o = new LinkedHashMap<>();
      putIfNotNull(o, "at", m.at() == null ? null : m.at().toString());
      o.put("from_case", m.fromCase());
      o.put("reason", m.reason());
      o.put("reversible", m.reversible());
      merges.add(o);
    }
    s.put("merges", merges);
    s.put("countries", c.countries());
    putIfNotNull(s, "sector", c.sector());
    putIfNotNull(s, MERGED_INTO, c.mergedInto());
    return s;
  }

  /**
   * The case stored as {@code source} (an Elasticsearch {@code _source} read as maps and lists).
   *
   * @throws IllegalArgumentException when a required field is missing or has the wrong type
   */
  public static AllegationCase read(Map<String, Object> source) {
    Map<String, Object> accused = map(source.get("accused"));
    List<AllegationCase.Party> parties = new ArrayList<>();
    for (Object o : list(source.get("parties"))) {
      Map<String, Object> m = map(o);
      parties.add(
          new AllegationCase.Party(
              str(m, "name"),
              str(m, "role"),
              str(m, "since"),
              str(m, "until"),
              Boolean.TRUE.equals(m.get("public_figure"))));
    }
    List<AllegationCase.MonthSentiment> sentiment = new ArrayList<>();
    for (Object o : list(source.get("sentiment"))) {
      Map<String, Object> m = map(o);
      sentiment.add(
          new AllegationCase.MonthSentiment(
              str(m, "month"), number(m.get("mean")).doubleValue(), number(m.get("n")).intValue()));
    }
    List<AllegationCase.Merge> merges = new ArrayList<>();
    for (Object o : list(source.get("merges"))) {
      Map<String, Object> m = map(o);
      merges.add(
          new AllegationCase.Merge(
              instant(str(m, "at")),
              str(m, "from_case"),
              str(m, "reason"),
              Boolean.TRUE.equals(m.get("reversible"))));
    }
    try {
      return new AllegationCase(
          str(source, ID),
          str(source, "title"),
          str(accused, "name"),
          strings(accused.get("aliases")),
          strings(source.get("acts")),
          strings(source.get("organisations")),
          parties,
          str(source, STATUS),
          instant(str(source, "first_seen")),
          instant(str(source, LAST_ACTIVITY)),
          strings(source.get("claim_ids")),
          strings(source.get("event_ids")),
          number(source.get("document_count")).intValue(),
          number(source.get(PUBLISHER_COUNT)).intValue(),
          sentiment,
          merges,
          strings(source.get("countries")),
          str(source, "sector"),
          str(source, MERGED_INTO));
    } catch (NullPointerException e) {
      throw new IllegalArgumentException(
          "case source lacks a required field: " + e.getMessage(), e);
    }
  }

  private static void putIfNotNull(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    if (o == null) {
      return Map.of();
    }
    if (!(o instanceof Map)) {
      throw new IllegalArgumentException("expected an object, got " + o);
    }
    return (Map<String, Object>) o;
  }

  private static List<?> list(Object o) {
    if (o == null) {
      return List.of();
    }
    if (o instanceof List<?> l) {
      return l;
    }
    return List.of(o);
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    for (Object e : list(o)) {
      out.add(String.valueOf(e));
    }
    return out;
  }

  private static String str(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? null : v.toString();
  }

  private static Number number(Object o) {
    if (o instanceof Number n) {
      return n;
    }
    if (o == null) {
      return 0;
    }
    return Double.valueOf(o.toString());
  }

  private static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }
}
