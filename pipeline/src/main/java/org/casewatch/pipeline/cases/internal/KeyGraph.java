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
import org.casewatch.model.Evidence;
import org.casewatch.model.Ids;

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

  /** Context links stored by a document: accuser-like description to the document's accused. */
  private final Map<String, Map<String, Map<String, Instant>>> contexts = new HashMap<>();

  /** Description keys by the capitalised words of their claims' sentences. */
  private final Map<String, Set<String>> descriptionsByWord = new HashMap<>();

  /** Records held but in no case, by id, with the reason. */
  private final Map<String, String> unassigned = new TreeMap<>();

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
    Map<String, Integer> namedCounts = new TreeMap<>();
    Map<String, String> claimKeys = new LinkedHashMap<>();
    Set<String> accuserDescriptions = new TreeSet<>();
    for (ClaimRecord c : docClaims) {
      Claim claim = c.claim();
      claimKeys.put(c.id(), AccusedKeys.claimKey(claim.accused(), claim.setting(), documentId));
      if (claim.accuser() != null) {
        accuserDescriptions.add(AccusedKeys.descriptionWords(claim.accuser().mention()));
      }
      String key = claimKeys.get(c.id());
      if (AccusedKeys.isNamed(key)) {
        namedCounts.merge(key, 1, Integer::sum);
      }
    }
    String mainNamed = mostFrequent(namedCounts);
    for (ClaimRecord c : docClaims) {
      Claim claim = c.claim();
      String key = claimKeys.get(c.id());
      claims.put(c.id(), c);
      ids.add("c:" + c.id());
      if (AccusedKeys.isDescribed(key)
          && AccusedKeys.isAccuserDescription(claim.accused().mention(), accuserDescriptions)) {
        // The "accused" is described the way the accuser is: an extraction that swapped the
        // roles. It joins the case of the document's named accused, or no case at all.
        if (mainNamed == null) {
          unassigned.put(
              c.id(),
              "the accused '"
                  + claim.accused().mention()
                  + "' is described like the accuser and the document names no accused");
          continue;
        }
        link(contexts, key, mainNamed, c.id(), c.document().publishedAt());
        touched.add(mainNamed);
      }
      keyOfClaim.put(c.id(), key);
      claimsOfKey.computeIfAbsent(key, k -> new TreeSet<>()).add(c.id());
      keyCounts.merge(key, 1, Integer::sum);
      index(key);
      touched.add(key);
      if (AccusedKeys.isNamed(key)) {
        String mention = claim.accused().mention();
        if (!AccusedKeys.isNameForm(mention, claim.accused().name())
            && claim.setting() != null
            && !AccusedKeys.organisationKey(claim.setting()).isEmpty()) {
          String described = AccusedKeys.descriptionKey(mention, claim.setting(), documentId);
          link(aliases, key, described, c.id(), c.document().publishedAt());
          touched.add(described);
        }
      } else {
        for (Evidence ev : claim.evidence()) {
          for (String w : capitalisedWords(ev.text())) {
            descriptionsByWord.computeIfAbsent(w, x -> new TreeSet<>()).add(key);
          }
        }
      }
    }
    String mainKey = mostFrequent(keyCounts);
    boolean docHasOrganisation = false;
    for (EventRecord e : docEvents) {
      for (EventParty p : e.event().parties()) {
        docHasOrganisation |= ORGANISATION_ROLES.contains(p.role());
      }
    }
    for (EventRecord e : docEvents) {
      events.put(e.id(), e);
      ids.add("e:" + e.id());
      String key = eventKey(e, namedCounts.keySet(), mainKey);
      if (key == null) {
        unassigned.put(
            e.id(), "the event names no accused by name and its document has no claim in a case");
        continue;
      }
      if (mainKey == null && AccusedKeys.nameWords(key).size() == 1 && !docHasOrganisation) {
        unassigned.put(
            e.id(),
            "the event names its accused by one name ('"
                + key.substring(2)
                + "') and its document, which has no claim, no organisation to tell who");
        continue;
      }
      keyOfEvent.put(e.id(), key);
      eventsOfKey.computeIfAbsent(key, k -> new TreeSet<>()).add(e.id());
      index(key);
      touched.add(key);
    }
    if (!ids.isEmpty()) {
      recordsOfDocument.put(documentId, ids);
    }
    return touched;
  }

  private static final Set<String> ACCUSED_ROLES =
      Set.of("accused", "claimant", "defendant", "appellant");
  private static final Set<String> ORGANISATION_ROLES = Set.of("organisation", "employer");

  private static String mostFrequent(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * The key an event joins: the document's claim key its accused-like party names (exactly, or as
   * the one compatible name: "Vellacott" for "Graham Vellacott"), else the document's main accused,
   * else, in a document without claims, the person its accused-like party names; null when none.
   */
  private static String eventKey(EventRecord e, Set<String> docNamedKeys, String mainKey) {
    for (EventParty p : e.event().parties()) {
      if (!ACCUSED_ROLES.contains(p.role())) {
        continue;
      }
      String key = AccusedKeys.personKey(p.name());
      if (key == null) {
        continue;
      }
      if (docNamedKeys.contains(key)) {
        return key;
      }
      List<String> compatible =
          docNamedKeys.stream().filter(k -> AccusedKeys.compatible(k, key)).toList();
      if (compatible.size() == 1) {
        return compatible.get(0);
      }
    }
    if (mainKey != null) {
      return mainKey;
    }
    for (EventParty p : e.event().parties()) {
      if (ACCUSED_ROLES.contains(p.role())) {
        String key = AccusedKeys.personKey(p.name());
        if (key != null) {
          return key;
        }
      }
    }
    return null;
  }

  /** The capitalised words of a sentence, folded: where names are. */
  static Set<String> capitalisedWords(String text) {
    Set<String> out = new TreeSet<>();
    if (text == null) {
      return out;
    }
    for (String token : text.split("[^\\p{L}\\p{N}'’-]+")) {
      if (!token.isEmpty() && Character.isUpperCase(token.codePointAt(0))) {
        for (String w : AccusedKeys.words(Ids.partyKey(token))) {
          out.add(w);
        }
      }
    }
    return out;
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
      unassigned.remove(raw);
      if (id.startsWith("c:")) {
        claims.remove(raw);
        String key = keyOfClaim.remove(raw);
        if (key != null) {
          remove(claimsOfKey, key, raw);
          keys.add(key);
        }
        for (Map<String, Map<String, Map<String, Instant>>> stored : List.of(aliases, contexts)) {
          for (Map.Entry<String, Map<String, Map<String, Instant>>> links : stored.entrySet()) {
            for (Map.Entry<String, Map<String, Instant>> evidence : links.getValue().entrySet()) {
              if (evidence.getValue().remove(raw) != null) {
                keys.add(links.getKey());
                keys.add(evidence.getKey());
              }
            }
          }
        }
      } else {
        events.remove(raw);
        String key = keyOfEvent.remove(raw);
        if (key != null) {
          remove(eventsOfKey, key, raw);
          keys.add(key);
        }
      }
    }
    for (Map<String, Map<String, Map<String, Instant>>> stored : List.of(aliases, contexts)) {
      for (Map<String, Map<String, Instant>> links : stored.values()) {
        links.values().removeIf(Map::isEmpty);
      }
      stored.values().removeIf(Map::isEmpty);
    }
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

  private static void link(
      Map<String, Map<String, Map<String, Instant>>> stored,
      String a,
      String b,
      String claimId,
      Instant at) {
    stored
        .computeIfAbsent(a, k -> new HashMap<>())
        .computeIfAbsent(b, k -> new HashMap<>())
        .put(claimId, at);
    stored
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

  /**
   * The organisation keys of a key: its claims' settings and the organisations (employers) its
   * events name.
   */
  public Set<String> organisationsOf(String key) {
    Set<String> orgs = new TreeSet<>();
    for (String id : claimsOfKey.getOrDefault(key, Set.of())) {
      String org = AccusedKeys.organisationKey(claims.get(id).claim().setting());
      if (!org.isEmpty()) {
        orgs.add(org);
      }
    }
    for (String id : eventsOfKey.getOrDefault(key, Set.of())) {
      for (EventParty p : events.get(id).event().parties()) {
        String org = AccusedKeys.organisationKey(p.name());
        if (ORGANISATION_ROLES.contains(p.role()) && !org.isEmpty()) {
          orgs.add(org);
        }
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
    for (Map.Entry<String, Map<String, Instant>> e :
        new TreeMap<>(contexts.getOrDefault(key, Map.of())).entrySet()) {
      if (!isLive(e.getKey()) || !isLive(key) || e.getValue().isEmpty()) {
        continue;
      }
      String claimId = new TreeSet<>(e.getValue().keySet()).first();
      ClaimRecord c = claims.get(claimId);
      String named = AccusedKeys.isNamed(key) ? key : e.getKey();
      String described = named.equals(key) ? e.getKey() : key;
      String reason =
          "context: the accused '"
              + c.claim().accused().mention()
              + "' is described like the accuser in "
              + c.document().url()
              + ", whose accused is "
              + named.substring(2)
              + " ("
              + described
              + " = "
              + named
              + ")";
      out.add(new Link(key, e.getKey(), Link.CONTEXT, reason, earliest(e.getValue())));
    }
    if (AccusedKeys.isDescribed(key) && isLive(key) && !hasAlias(key)) {
      Set<String> candidates = new TreeSet<>();
      for (ClaimRecord c : claimsOf(key)) {
        for (Evidence ev : c.claim().evidence()) {
          for (String w : capitalisedWords(ev.text())) {
            candidates.addAll(keysByWord.getOrDefault(w, Set.of()));
          }
        }
      }
      for (String named : candidates) {
        Link l = sentenceLink(key, named);
        if (l != null) {
          out.add(l);
        }
      }
    }
    List<String> words = AccusedKeys.nameWords(key);
    if (words.size() >= 2 && isLive(key)) {
      for (String d :
          new TreeSet<>(descriptionsByWord.getOrDefault(words.get(words.size() - 1), Set.of()))) {
        if (isLive(d) && !hasAlias(d)) {
          Link l = sentenceLink(d, key);
          if (l != null) {
            out.add(new Link(key, d, l.kind(), l.reason(), l.at()));
          }
        }
      }
    }
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

  /**
   * The context link of a description to a full name its claims' sentences spell out ("the former
   * employee who accused ... Graham Vellacott"), or null: a description that nothing marks as an
   * accused of its own (no alias link) belongs to the accused its sentence names.
   */
  private Link sentenceLink(String described, String named) {
    if (!isLive(named) || AccusedKeys.nameWords(named).size() < 2) {
      return null;
    }
    String name = " " + named.substring(AccusedKeys.NAMED.length()) + " ";
    Instant at = null;
    ClaimRecord first = null;
    for (ClaimRecord c : claimsOf(described)) {
      for (Evidence ev : c.claim().evidence()) {
        if ((" " + Ids.partyKey(ev.text()) + " ").contains(name)) {
          Instant p = c.document().publishedAt();
          at = at == null ? p : p == null ? at : p.isBefore(at) ? p : at;
          first = first == null ? c : first;
        }
      }
    }
    if (first == null) {
      return null;
    }
    String reason =
        "context: the claim on '"
            + first.claim().accused().mention()
            + "' names "
            + named.substring(2)
            + " in its sentence in "
            + first.document().url()
            + " and nothing marks '"
            + first.claim().accused().mention()
            + "' as an accused of its own ("
            + described
            + " = "
            + named
            + ")";
    return new Link(described, named, Link.CONTEXT, reason, at);
  }

  private boolean hasAlias(String key) {
    for (Map.Entry<String, Map<String, Instant>> e :
        aliases.getOrDefault(key, Map.of()).entrySet()) {
      if (!e.getValue().isEmpty() && isLive(e.getKey())) {
        return true;
      }
    }
    return false;
  }

  private static Instant earliest(Map<String, Instant> evidence) {
    return evidence.values().stream()
        .filter(i -> i != null)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /** The key a claim was grouped under, or null when it is in no case. */
  public String keyOfClaim(String claimId) {
    return keyOfClaim.get(claimId);
  }

  /** The records held in no case, by id, each with the reason. */
  public Map<String, String> unassigned() {
    return new TreeMap<>(unassigned);
  }

  /** The claims held in no case. */
  public List<ClaimRecord> unassignedClaims() {
    List<ClaimRecord> out = new ArrayList<>();
    for (String id : unassigned.keySet()) {
      if (claims.containsKey(id)) {
        out.add(claims.get(id));
      }
    }
    return out;
  }

  /** The events held in no case. */
  public List<EventRecord> unassignedEvents() {
    List<EventRecord> out = new ArrayList<>();
    for (String id : unassigned.keySet()) {
      if (events.containsKey(id)) {
        out.add(events.get(id));
      }
    }
    return out;
  }

  /**
   * The claim ids ({@code c:} and the id) and event ids ({@code e:} and the id) held for document
   * {@code documentId}.
   */
  public Set<String> taggedRecordsOf(String documentId) {
    return new TreeSet<>(recordsOfDocument.getOrDefault(documentId, Set.of()));
  }

  /** The ids of the claims and events a document has, or an empty set. */
  public Set<String> recordsOf(String documentId) {
    Set<String> out = new TreeSet<>();
    for (String id : recordsOfDocument.getOrDefault(documentId, Set.of())) {
      out.add(id.substring(2));
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
   * @param kind {@link #ALIAS} (strong), {@link #NAME} (weak, needs a shared organisation) or
   *     {@link #CONTEXT} (a description placed by its sentence or document)
   * @param reason a sentence saying why, for the merge log
   * @param at when the link became known (publication time), or null
   */
  public record Link(String from, String to, int kind, String reason, Instant at)
      implements Serializable {
    /** One claim names and describes the accused. */
    public static final int ALIAS = 2;

    /** A surname or name variant at a shared organisation. */
    public static final int NAME = 1;

    /**
     * A description with no sign of being an accused of its own, and the named accused its claim's
     * sentence or document gives (weakest; never joins two names).
     */
    public static final int CONTEXT = 0;
  }
}
