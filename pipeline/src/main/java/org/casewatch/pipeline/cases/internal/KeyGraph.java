package org.casewatch.pipeline.cases.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.casewatch.model.Claim;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventParty;
import org.casewatch.model.EventRecord;

/**
 * The claims and events seen so far, grouped by the accused key that brought them, with the links
 * between keys: the working state of case assembly.
 *
 * <p>How and why: every claim gets the key of its accused ({@link AccusedKeys}); every event the
 * key of the accused it names, else the key of its document's main accused. Keys are linked by
 * <em>alias</em> links (one claim names the accused and describes him: "her manager" is Wang at
 * Alibaba) and by <em>name</em> links (a surname and a full name at a shared organisation), the
 * latter computed on demand from a word index. A case is a cluster of one connected component of
 * that graph (see {@link Clustering}); because a component's clusters depend only on the records in
 * it, recomputing the component a new document touches gives the same cases as recomputing
 * everything, whatever order the documents came in.
 *
 * <p>Not thread-safe.
 */
public final class KeyGraph implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One alias link's evidence: claim id to the publication time of its document. */
  private final Map<String, Map<String, Map<String, Instant>>> aliases = new HashMap<>();

  private final Map<String, ClaimRecord> claims = new HashMap<>();
  private final Map<String, EventRecord> events = new HashMap<>();
  private final Map<String, String> keyOfClaim = new HashMap<>();
  private final Map<String, String> keyOfEvent = new HashMap<>();
  private final Map<String, Set<String>> claimsOfKey = new HashMap<>();
  private final Map<String, Set<String>> eventsOfKey = new HashMap<>();
  private final Map<String, Set<String>> recordsOfDocument = new HashMap<>();
  private final Map<String, Set<String>> keysByWord = new HashMap<>();

  /**
   * Adds the claims and events of one document, replacing what the document had before.
   *
   * @return the keys the document's records now have and had before
   */
  public Set<String> addDocument(
      String documentId, List<ClaimRecord> docClaims, List<EventRecord> docEvents) {
    Set<String> touched = new TreeSet<>(removeDocument(documentId));
    Set<String> ids = new TreeSet<>();
    Map<String, Integer> keyCounts = new TreeMap<>();
    Map<String, String> docNamedKeys = new HashMap<>();
    for (ClaimRecord c : docClaims) {
      Claim claim = c.claim();
      String key = AccusedKeys.claimKey(claim.accused(), claim.setting(), documentId);
      claims.put(c.id(), c);
      keyOfClaim.put(c.id(), key);
      claimsOfKey.computeIfAbsent(key, k -> new TreeSet<>()).add(c.id());
      ids.add("c:" + c.id());
      keyCounts.merge(key, 1, Integer::sum);
      index(key);
      touched.add(key);
      if (AccusedKeys.isNamed(key)) {
        docNamedKeys.put(key, key);
        String mention = claim.accused().mention();
        if (!AccusedKeys.isNameForm(mention, claim.accused().name())
            && claim.setting() != null
            && !AccusedKeys.organisationKey(claim.setting()).isEmpty()) {
          String described = AccusedKeys.descriptionKey(mention, claim.setting(), documentId);
          link(key, described, c.id(), c.document().publishedAt());
          touched.add(described);
        }
      }
    }
    String mainKey =
        keyCounts.entrySet().stream()
            .max(
                Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .map(Map.Entry::getKey)
            .orElse(null);
    for (EventRecord e : docEvents) {
      String key = eventKey(e, docNamedKeys, mainKey);
      if (key == null) {
        continue;
      }
      events.put(e.id(), e);
      keyOfEvent.put(e.id(), key);
      eventsOfKey.computeIfAbsent(key, k -> new TreeSet<>()).add(e.id());
      ids.add("e:" + e.id());
      index(key);
      touched.add(key);
    }
    if (!ids.isEmpty()) {
      recordsOfDocument.put(documentId, ids);
    }
    return touched;
  }

  private static String eventKey(EventRecord e, Map<String, String> docNamedKeys, String mainKey) {
    for (EventParty p : e.event().parties()) {
      if (Set.of("accused", "claimant", "defendant", "appellant").contains(p.role())) {
        String key = AccusedKeys.namedKey(p.name());
        if (key != null && docNamedKeys.containsKey(key)) {
          return key;
        }
      }
    }
    if (mainKey != null) {
      return mainKey;
    }
    for (EventParty p : e.event().parties()) {
      if ("accused".equals(p.role())) {
        return AccusedKeys.namedKey(p.name());
      }
    }
    return null;
  }

  /** Removes the records of a document; returns the keys they had. */
  public Set<String> removeDocument(String documentId) {
    Set<String> ids = recordsOfDocument.remove(documentId);
    Set<String> keys = new TreeSet<>();
    if (ids == null) {
      return keys;
    }
    for (String id : ids) {
      String raw = id.substring(2);
      if (id.startsWith("c:")) {
        claims.remove(raw);
        String key = keyOfClaim.remove(raw);
        remove(claimsOfKey, key, raw);
        keys.add(key);
        for (Map<String, Map<String, Instant>> links : aliases.values()) {
          for (Map<String, Instant> evidence : links.values()) {
            evidence.remove(raw);
          }
        }
      } else {
        events.remove(raw);
        String key = keyOfEvent.remove(raw);
        remove(eventsOfKey, key, raw);
        keys.add(key);
      }
    }
    for (Map<String, Map<String, Instant>> links : aliases.values()) {
      links.values().removeIf(Map::isEmpty);
    }
    aliases.values().removeIf(Map::isEmpty);
    return keys;
  }

  private static void remove(Map<String, Set<String>> index, String key, String id) {
    Set<String> set = index.get(key);
    if (set != null) {
      set.remove(id);
      if (set.isEmpty()) {
        index.remove(key);
      }
    }
  }

  private void link(String a, String b, String claimId, Instant at) {
    aliases
        .computeIfAbsent(a, k -> new HashMap<>())
        .computeIfAbsent(b, k -> new HashMap<>())
        .put(claimId, at);
    aliases
        .computeIfAbsent(b, k -> new HashMap<>())
        .computeIfAbsent(a, k -> new HashMap<>())
        .put(claimId, at);
  }

  private void index(String key) {
    List<String> words = AccusedKeys.nameWords(key);
    if (!words.isEmpty()) {
      keysByWord.computeIfAbsent(words.get(0), w -> new TreeSet<>()).add(key);
      keysByWord.computeIfAbsent(words.get(words.size() - 1), w -> new TreeSet<>()).add(key);
    }
  }

  /** Every claim held. */
  public List<ClaimRecord> allClaims() {
    return new ArrayList<>(claims.values());
  }

  /** Every event held. */
  public List<EventRecord> allEvents() {
    return new ArrayList<>(events.values());
  }

  /** Whether a key still has claims or events. */
  public boolean isLive(String key) {
    return claimsOfKey.containsKey(key) || eventsOfKey.containsKey(key);
  }

  /** Every key with claims or events, sorted. */
  public Set<String> keys() {
    Set<String> all = new TreeSet<>(claimsOfKey.keySet());
    all.addAll(eventsOfKey.keySet());
    return all;
  }

  /** The claims of a key. */
  public List<ClaimRecord> claimsOf(String key) {
    List<ClaimRecord> out = new ArrayList<>();
    for (String id : claimsOfKey.getOrDefault(key, Set.of())) {
      out.add(claims.get(id));
    }
    return out;
  }

  /** The events of a key. */
  public List<EventRecord> eventsOf(String key) {
    List<EventRecord> out = new ArrayList<>();
    for (String id : eventsOfKey.getOrDefault(key, Set.of())) {
      out.add(events.get(id));
    }
    return out;
  }

  /** The organisation keys of a key's claims. */
  public Set<String> organisationsOf(String key) {
    Set<String> orgs = new TreeSet<>();
    for (String id : claimsOfKey.getOrDefault(key, Set.of())) {
      String org = AccusedKeys.organisationKey(claims.get(id).claim().setting());
      if (!org.isEmpty()) {
        orgs.add(org);
      }
    }
    if (key.startsWith(AccusedKeys.DESCRIBED)) {
      String org = key.substring(key.lastIndexOf('@') + 1);
      if (!org.startsWith("doc:")) {
        orgs.add(org);
      }
    }
    return orgs;
  }

  /** The earliest publication time of a key's records, or null. */
  public Instant firstSeen(String key) {
    Instant first = null;
    for (ClaimRecord c : claimsOf(key)) {
      Instant at = c.document().publishedAt();
      if (at != null && (first == null || at.isBefore(first))) {
        first = at;
      }
    }
    for (EventRecord e : eventsOf(key)) {
      Instant at = e.document().publishedAt();
      if (at != null && (first == null || at.isBefore(first))) {
        first = at;
      }
    }
    return first;
  }

  /** The links of {@code key} to other live keys, each with its kind, reason and time. */
  public List<Link> links(String key) {
    List<Link> out = new ArrayList<>();
    Map<String, Map<String, Instant>> alias = aliases.getOrDefault(key, Map.of());
    for (Map.Entry<String, Map<String, Instant>> e : new TreeMap<>(alias).entrySet()) {
      if (!isLive(e.getKey()) || !isLive(key)) {
        continue;
      }
      String claimId = new TreeSet<>(e.getValue().keySet()).first();
      Instant at =
          e.getValue().values().stream()
              .filter(i -> i != null)
              .min(Comparator.naturalOrder())
              .orElse(null);
      ClaimRecord c = claims.get(claimId);
      String named = AccusedKeys.isNamed(key) ? key : e.getKey();
      String described = named.equals(key) ? e.getKey() : key;
      String reason =
          "alias: '"
              + c.claim().accused().mention()
              + "' named as "
              + c.claim().accused().name()
              + " at "
              + c.claim().setting()
              + " in "
              + c.document().url()
              + " ("
              + described
              + " = "
              + named
              + ")";
      out.add(new Link(key, e.getKey(), Link.ALIAS, reason, at));
    }
    List<String> words = AccusedKeys.nameWords(key);
    if (!words.isEmpty()) {
      Set<String> candidates = new TreeSet<>();
      candidates.addAll(keysByWord.getOrDefault(words.get(0), Set.of()));
      candidates.addAll(keysByWord.getOrDefault(words.get(words.size() - 1), Set.of()));
      for (String other : candidates) {
        if (other.equals(key)
            || !isLive(other)
            || !isLive(key)
            || !AccusedKeys.compatible(key, other)) {
          continue;
        }
        String org = AccusedKeys.sharedOrganisation(organisationsOf(key), organisationsOf(other));
        if (org == null) {
          continue;
        }
        Instant a = firstSeen(key);
        Instant b = firstSeen(other);
        Instant at = a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
        String reason =
            "name: '"
                + key.substring(2)
                + "' and '"
                + other.substring(2)
                + "' are one name's forms, both at "
                + org;
        out.add(new Link(key, other, Link.NAME, reason, at));
      }
    }
    return out;
  }

  /** The connected component of the live keys among {@code seeds}, sorted. */
  public Set<String> component(Set<String> seeds) {
    Set<String> seen = new TreeSet<>();
    Deque<String> queue = new ArrayDeque<>();
    for (String s : seeds) {
      if (isLive(s) && seen.add(s)) {
        queue.add(s);
      }
    }
    while (!queue.isEmpty()) {
      String k = queue.poll();
      for (Link l : links(k)) {
        if (seen.add(l.to())) {
          queue.add(l.to());
        }
      }
    }
    return seen;
  }

  /** The publication times of every record, for the data time. */
  public Instant latestPublished() {
    Instant last = null;
    for (ClaimRecord c : claims.values()) {
      last = later(last, c.document().publishedAt());
    }
    for (EventRecord e : events.values()) {
      last = later(last, e.document().publishedAt());
    }
    return last;
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  /** The document ids currently held, with the ids of their records, for diagnostics. */
  public Map<String, Set<String>> documents() {
    return new LinkedHashMap<>(recordsOfDocument);
  }

  /**
   * A link between two keys.
   *
   * @param from one key
   * @param to the other key
   * @param kind {@link #ALIAS} (strong) or {@link #NAME} (weak, needs a shared organisation)
   * @param reason a sentence saying why, for the merge log
   * @param at when the link became known (publication time), or null
   */
  public record Link(String from, String to, int kind, String reason, Instant at)
      implements Serializable {
    /** One claim names and describes the accused. */
    public static final int ALIAS = 2;

    /** A surname or name variant at a shared organisation. */
    public static final int NAME = 1;
  }
}
