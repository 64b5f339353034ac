package org.casewatch.pipeline.cases.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.casewatch.model.AllegationCase;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventParty;
import org.casewatch.model.EventRecord;
import org.casewatch.model.Ids;
import org.casewatch.model.PartialDates;
import org.casewatch.pipeline.cases.CaseStatusMachine;

/**
 * Builds the case document of one cluster, and the stubs of the keys merged into it.
 *
 * <p>Everything here is a function of the cluster's records: lists are sorted, ties broken by name,
 * means summed in sorted order and rounded, so that the stream and a rebuild write equal documents.
 */
public final class CaseBuilder {

  private static final Set<String> PRONOUNS =
      Set.of("he", "him", "his", "she", "her", "they", "them", "it", "who", "whom");
  private static final Set<String> ACCUSER_LIKE = Set.of("accuser", "claimant", "defendant");
  private static final Set<String> PUBLIC_ROLES =
      Set.of("organisation", "authority", "court", "employer");

  private CaseBuilder() {}

  /** The deterministic case id of an accused key: {@code case-} and 32 hex digits of SHA-256. */
  public static String caseId(String key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest(key.getBytes(StandardCharsets.UTF_8));
      return "case-" + HexFormat.of().formatHex(hash).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The timeline order of events: date, lifecycle rank, publication time, id. */
  public static final Comparator<EventRecord> TIMELINE =
      Comparator.comparing(
              (EventRecord e) -> {
                Instant d = PartialDates.firstInstant(e.event().date());
                return d != null ? d : e.document().publishedAt();
              },
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingInt(e -> CaseStatusMachine.rank(e.event().type()))
          .thenComparing(
              e -> e.document().publishedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(EventRecord::id);

  /**
   * The case of a cluster, followed by one stub per key merged into it.
   *
   * @param asOf the data time dormancy is judged against
   * @param silence how long an open case may be quiet before it is dormant
   */
  public static List<AllegationCase> build(
      KeyGraph graph, Clustering.Cluster cluster, Instant asOf, Duration silence) {
    List<ClaimRecord> claims = new ArrayList<>();
    List<EventRecord> events = new ArrayList<>();
    for (String k : cluster.keys()) {
      claims.addAll(graph.claimsOf(k));
      events.addAll(graph.eventsOf(k));
    }
    claims.sort(Comparator.comparing(ClaimRecord::id));
    events.sort(TIMELINE);
    String id = caseId(cluster.representative());
    String accused = displayName(graph, cluster.representative(), claims);
    List<String> acts = byFrequency(claims.stream().map(c -> c.claim().act()).toList());
    List<String> organisations = organisations(claims, events);
    Instant first = null;
    Instant last = null;
    Set<String> documents = new TreeSet<>();
    for (ClaimRecord c : claims) {
      first = min(first, c.document().publishedAt());
      last = max(last, c.document().publishedAt());
      documents.add(c.document().id());
    }
    for (EventRecord e : events) {
      first = min(first, e.document().publishedAt());
      last = max(last, e.document().publishedAt());
      documents.add(e.document().id());
    }
    String status =
        CaseStatusMachine.statusOf(
            events.stream()
                .filter(e -> !isScheduled(e))
                .map(
                    e ->
                        new CaseStatusMachine.Step(
                            e.event().type(), "incident".equals(e.event().dateKind())))
                .toList(),
            last,
            asOf,
            silence);
    String title =
        accused
            + (acts.isEmpty() ? "" : ": alleged " + acts.get(0).replace('_', ' '))
            + (organisations.isEmpty() ? "" : " (" + organisations.get(0) + ")");
    List<AllegationCase.Merge> merges = new ArrayList<>();
    for (Map.Entry<String, KeyGraph.Link> m : cluster.joinedBy().entrySet()) {
      KeyGraph.Link l = m.getValue();
      merges.add(new AllegationCase.Merge(l.at(), caseId(m.getKey()), l.reason(), true));
    }
    merges.sort(
        Comparator.comparing(
                AllegationCase.Merge::at, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AllegationCase.Merge::fromCase));
    List<AllegationCase> out = new ArrayList<>();
    out.add(
        new AllegationCase(
            id,
            title,
            accused,
            aliases(claims, accused, contextKeys(graph, cluster)),
            acts,
            organisations,
            parties(claims, events, cluster, accused),
            status,
            first,
            last,
            claims.stream().map(ClaimRecord::id).toList(),
            events.stream().map(EventRecord::id).toList(),
            documents.size(),
            publishers(claims, events),
            sentiment(claims),
            merges,
            CaseContext.countries(claims, events),
            CaseContext.sector(claims),
            null));
    for (AllegationCase.Merge m : merges) {
      out.add(stub(m.fromCase(), id, title, accused));
    }
    return out;
  }

  /**
   * Whether an event is dated after the article that reports it: announced, not yet happened (a
   * trial "due to begin on October 7"). It stays on the timeline at its date but moves no status.
   */
  public static boolean isScheduled(EventRecord e) {
    Instant date = PartialDates.firstInstant(e.event().date());
    Instant published = e.document().publishedAt();
    return "incident".equals(e.event().dateKind())
        && date != null
        && published != null
        && date.isAfter(published);
  }

  /** The stub left under a merged case's id. */
  public static AllegationCase stub(String stubId, String into, String title, String accused) {
    return new AllegationCase(
        stubId, title, accused, List.of(), List.of(), List.of(), List.of(), "merged", null, null,
        List.of(), List.of(), 0, 0, List.of(), List.of(), List.of(), null, into);
  }

  private static String displayName(KeyGraph graph, String rep, List<ClaimRecord> claims) {
    List<String> names = new ArrayList<>();
    for (ClaimRecord c : graph.claimsOf(rep)) {
      names.add(c.claim().accused().key());
    }
    if (names.isEmpty()) {
      for (EventRecord e : graph.eventsOf(rep)) {
        for (EventParty p : e.event().parties()) {
          if (rep.equals(AccusedKeys.namedKey(p.name()))) {
            names.add(p.name());
          }
        }
      }
    }
    if (names.isEmpty()) {
      return rep.substring(2);
    }
    return byFrequency(names).get(0);
  }

  /**
   * The keys of claims placed in the case by context only ({@link KeyGraph.Link#CONTEXT}): their
   * mentions are not the accused's aliases (they may describe the accuser).
   */
  private static Map<String, Boolean> contextKeys(KeyGraph graph, Clustering.Cluster cluster) {
    Map<String, Boolean> out = new HashMap<>();
    for (Map.Entry<String, KeyGraph.Link> j : cluster.joinedBy().entrySet()) {
      if (j.getValue() != null && j.getValue().kind() == KeyGraph.Link.CONTEXT) {
        out.put(j.getKey(), true);
      }
    }
    Map<String, Boolean> claimIds = new HashMap<>();
    for (String key : out.keySet()) {
      for (ClaimRecord c : graph.claimsOf(key)) {
        claimIds.put(c.id(), true);
      }
    }
    return claimIds;
  }

  private static List<String> aliases(
      List<ClaimRecord> claims, String accused, Map<String, Boolean> contextClaims) {
    Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (ClaimRecord c : claims) {
      if (contextClaims.containsKey(c.id())) {
        continue;
      }
      for (String s : new String[] {c.claim().accused().name(), c.claim().accused().mention()}) {
        if (s != null
            && !s.equalsIgnoreCase(accused)
            && !PRONOUNS.contains(s.toLowerCase(Locale.ROOT).strip())) {
          out.add(s.strip());
        }
      }
    }
    return new ArrayList<>(out).subList(0, Math.min(out.size(), 50));
  }

  private static List<String> organisations(List<ClaimRecord> claims, List<EventRecord> events) {
    List<String> names = new ArrayList<>();
    for (ClaimRecord c : claims) {
      if (c.claim().setting() != null && !c.claim().setting().isBlank()) {
        names.add(c.claim().setting().strip());
      }
    }
    for (EventRecord e : events) {
      for (EventParty p : e.event().parties()) {
        if ("organisation".equals(p.role())) {
          names.add(p.name().strip());
        }
      }
    }
    return byFrequency(names);
  }

  /**
   * The parties: the accused, the accusers and the organisations of the claims, and the parties of
   * the events with their roles. Names are kept once per role, whatever their case ("The woman" and
   * "the woman"); an event party in the role {@code accused} who is not this case's accused (a
   * description such as "A 47-year-old man", or an organisation) is not listed as another accused.
   */
  private static List<AllegationCase.Party> parties(
      List<ClaimRecord> claims,
      List<EventRecord> events,
      Clustering.Cluster cluster,
      String accused) {
    Map<String, String> since = new TreeMap<>();
    Map<String, String> display = new TreeMap<>();
    Set<String> publicAccusers = new TreeSet<>();
    Set<String> accusers = new TreeSet<>();
    String accusedKey = Ids.partyKey(accused);
    display.put(accusedKey, accused);
    for (ClaimRecord c : claims) {
      String date = claimDate(c);
      put(since, accusedKey + "\u0000accused", date);
      String accuserKey =
          c.claim().accuser() == null ? null : AccusedKeys.namedKey(c.claim().accuser().key());
      if (c.claim().accuser() != null && !(accuserKey != null && isAccused(accuserKey, cluster))) {
        // (an "accuser" who is this case's accused is a claim with its roles swapped)
        String name = name(display, c.claim().accuser().key());
        put(since, name + "\u0000accuser", date);
        accusers.add(name);
        if (c.accuserPublicFigure()) {
          publicAccusers.add(name);
        }
      }
      if (c.claim().setting() != null && !c.claim().setting().isBlank()) {
        put(since, name(display, c.claim().setting()) + "\u0000organisation", date);
      }
    }
    String settled = null;
    for (EventRecord e : events) {
      if ("settlement".equals(e.event().type())) {
        settled = settled == null ? date(e) : settled;
      }
      for (EventParty p : e.event().parties()) {
        String key = AccusedKeys.namedKey(p.name());
        boolean ours = key != null && isAccused(key, cluster);
        if ("accused".equals(p.role()) && !ours) {
          continue;
        }
        String name = ours ? accusedKey : name(display, p.name());
        put(since, name + "\u0000" + p.role(), date(e));
      }
    }
    List<AllegationCase.Party> out = new ArrayList<>();
    for (Map.Entry<String, String> e : since.entrySet()) {
      String[] nr = e.getKey().split("\u0000", 2);
      String name = nr[0];
      String role = nr[1];
      boolean pub;
      if (name.equals(accusedKey)) {
        pub = true;
      } else if (accusers.contains(name) || ACCUSER_LIKE.contains(role)) {
        pub = publicAccusers.contains(name);
      } else {
        pub = PUBLIC_ROLES.contains(role);
      }
      String until = null;
      if (settled != null
          && Set.of("claimant", "defendant").contains(role)
          && compareDates(settled, e.getValue()) >= 0) {
        until = settled;
      }
      out.add(new AllegationCase.Party(display.get(name), role, e.getValue(), until, pub));
    }
    out.sort(
        Comparator.comparing(
                (AllegationCase.Party p) -> PartialDates.firstInstant(p.since()),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AllegationCase.Party::role)
            .thenComparing(AllegationCase.Party::name));
    return out;
  }

  /** Whether a named key is this case's accused: one of its keys, or a form of its name. */
  private static boolean isAccused(String key, Clustering.Cluster cluster) {
    return cluster.keys().contains(key)
        || (AccusedKeys.isNamed(cluster.representative())
            && AccusedKeys.compatible(key, cluster.representative()));
  }

  /** The folded form of {@code name}, remembering its display form (the first in sort order). */
  private static String name(Map<String, String> display, String name) {
    String folded = Ids.partyKey(name);
    String shown = name.strip();
    display.merge(folded, shown, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    return folded;
  }

  private static String claimDate(ClaimRecord c) {
    if (c.claim().reportedDate() != null
        && PartialDates.firstInstant(c.claim().reportedDate()) != null) {
      return c.claim().reportedDate();
    }
    Instant at = c.document().publishedAt();
    return at == null ? null : at.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static String date(EventRecord e) {
    if (e.event().date() != null && PartialDates.firstInstant(e.event().date()) != null) {
      return e.event().date();
    }
    Instant at = e.document().publishedAt();
    return at == null ? null : at.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static void put(Map<String, String> since, String key, String date) {
    if (!since.containsKey(key)) {
      since.put(key, date);
    } else if (date != null && compareDates(date, since.get(key)) < 0) {
      since.put(key, date);
    }
  }

  private static int compareDates(String a, String b) {
    Instant ia = PartialDates.firstInstant(a);
    Instant ib = PartialDates.firstInstant(b);
    if (ia == null || ib == null) {
      return ia == null ? (ib == null ? 0 : 1) : -1;
    }
    int c = ia.compareTo(ib);
    return c != 0 ? c : a.compareTo(b);
  }

  private static int publishers(List<ClaimRecord> claims, List<EventRecord> events) {
    // One representative document per syndication group (the earliest, then the lowest id); the
    // publishers of the representatives and of unsyndicated documents are the independent ones.
    Map<String, String[]> docs = new TreeMap<>();
    for (ClaimRecord c : claims) {
      docs.put(c.document().id(), describe(c.document()));
    }
    for (EventRecord e : events) {
      docs.put(e.document().id(), describe(e.document()));
    }
    Map<String, String[]> representative = new TreeMap<>();
    Set<String> publishers = new TreeSet<>();
    for (Map.Entry<String, String[]> d : docs.entrySet()) {
      String[] v = d.getValue();
      if (v[1] == null) {
        publishers.add(v[0]);
      } else {
        String[] cur = representative.get(v[1]);
        if (cur == null || v[2].compareTo(cur[2]) < 0) {
          representative.put(v[1], v);
        }
      }
    }
    for (String[] v : representative.values()) {
      publishers.add(v[0]);
    }
    return publishers.size();
  }

  private static String[] describe(org.casewatch.model.DocumentRef d) {
    String publisher = d.publisher() != null ? d.publisher() : d.source();
    String order = (d.publishedAt() == null ? "~" : d.publishedAt().toString()) + " " + d.id();
    return new String[] {publisher, d.syndicationGroup(), order};
  }

  private static List<AllegationCase.MonthSentiment> sentiment(List<ClaimRecord> claims) {
    Map<String, List<Double>> byMonth = new TreeMap<>();
    for (ClaimRecord c : claims) {
      Instant at = c.document().publishedAt();
      if (at != null && c.sentimentAccused() != null) {
        String month = at.atZone(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7);
        byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(c.sentimentAccused());
      }
    }
    List<AllegationCase.MonthSentiment> out = new ArrayList<>();
    for (Map.Entry<String, List<Double>> e : byMonth.entrySet()) {
      List<Double> values = new ArrayList<>(e.getValue());
      values.sort(null);
      double sum = 0;
      for (double v : values) {
        sum += v;
      }
      double mean = Math.round(sum / values.size() * 1000) / 1000.0;
      out.add(new AllegationCase.MonthSentiment(e.getKey(), mean, values.size()));
    }
    return out;
  }

  private static List<String> byFrequency(List<String> values) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String v : values) {
      counts.merge(v, 1, Integer::sum);
    }
    List<String> out = new ArrayList<>(counts.keySet());
    out.sort(Comparator.comparing((String v) -> -counts.get(v)).thenComparing(v -> v));
    return out;
  }

  private static Instant min(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }
}
