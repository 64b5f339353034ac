package org.casewatch.pipeline.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.Claim;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.DocumentRef;
import org.casewatch.model.EventParty;
import org.casewatch.model.EventRecord;
import org.casewatch.model.Evidence;

/**
 * Reads claims and events back from their stored JSON ({@code casewatch-claims}, {@code
 * casewatch-events} {@code _source}) into the records the case assembler takes.
 *
 * <p>The inverse of the index module's {@code ClaimSource.of} and {@code EventSource.of} for every
 * field case assembly uses. Events do not store the canonical URL; their document reference gets
 * the URL in its place. Stateless and thread-safe.
 */
public final class StoredRecords {

  private StoredRecords() {}

  /**
   * The claim stored as {@code source}.
   *
   * @throws IllegalArgumentException when a required field is missing or invalid
   */
  public static ClaimRecord claim(Map<String, Object> source) {
    try {
      List<Evidence> evidence = new ArrayList<>();
      for (Object o : list(source.get("evidence"))) {
        evidence.add(evidence(map(o)));
      }
      Map<String, Object> accuser = map(source.get("accuser"));
      Claim claim =
          new Claim(
              party(map(source.get("accused"))),
              accuser.isEmpty() ? null : party(accuser),
              str(source, "act"),
              str(source, "modality"),
              str(source, "asserted_by"),
              str(source, "incident_date"),
              str(source, "reported_date"),
              str(source, "setting"),
              evidence,
              number(source.get("confidence")));
      return new ClaimRecord(
          str(source, "id"),
          document(source),
          claim,
          optionalNumber(source.get("sentiment_accused")),
          optionalNumber(source.get("sentiment_accuser")),
          Boolean.TRUE.equals(accuser.get("public_figure")),
          str(source, "case_id"));
    } catch (NullPointerException e) {
      throw new IllegalArgumentException("stored claim lacks a field: " + e.getMessage(), e);
    }
  }

  /**
   * The event stored as {@code source}.
   *
   * @throws IllegalArgumentException when a required field is missing or invalid
   */
  public static EventRecord event(Map<String, Object> source) {
    try {
      List<EventParty> parties = new ArrayList<>();
      for (Object o : list(source.get("parties"))) {
        Map<String, Object> p = map(o);
        parties.add(new EventParty(str(p, "name"), str(p, "role")));
      }
      CaseEvent event =
          new CaseEvent(
              str(source, "type"),
              str(source, "date"),
              str(source, "date_kind"),
              parties,
              evidence(map(source.get("evidence"))),
              number(source.get("confidence")));
      return new EventRecord(str(source, "id"), document(source), event, str(source, "case_id"));
    } catch (NullPointerException e) {
      throw new IllegalArgumentException("stored event lacks a field: " + e.getMessage(), e);
    }
  }

  private static DocumentRef document(Map<String, Object> s) {
    String url = str(s, "url");
    String canonical = str(s, "canonical_url");
    String published = str(s, "published_at");
    return new DocumentRef(
        str(s, "document_id"),
        url,
        canonical != null ? canonical : url,
        str(s, "source"),
        str(s, "publisher"),
        str(s, "platform"),
        str(s, "syndication_group"),
        str(s, "language"),
        published == null ? null : Instant.parse(published));
  }

  private static ClaimParty party(Map<String, Object> p) {
    return new ClaimParty(str(p, "name"), str(p, "mention"));
  }

  private static Evidence evidence(Map<String, Object> e) {
    return new Evidence(str(e, "text"), (int) number(e.get("begin")), (int) number(e.get("end")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    if (o instanceof Map) {
      return (Map<String, Object>) o;
    }
    if (o instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map) {
      return (Map<String, Object>) l.get(0);
    }
    return Map.of();
  }

  private static List<?> list(Object o) {
    if (o instanceof List<?> l) {
      return l;
    }
    return o == null ? List.of() : List.of(o);
  }

  private static String str(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? null : v.toString();
  }

  private static double number(Object o) {
    if (o instanceof Number n) {
      return n.doubleValue();
    }
    if (o == null) {
      throw new NullPointerException("number");
    }
    return Double.parseDouble(o.toString());
  }

  private static Double optionalNumber(Object o) {
    return o == null ? null : number(o);
  }
}
