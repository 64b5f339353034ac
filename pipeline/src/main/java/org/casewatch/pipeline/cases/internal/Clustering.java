package org.casewatch.pipeline.cases.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Splits one connected component of keys into clusters, one per person.
 *
 * <p>How and why: links are taken strongest first (alias before name), then oldest first, then by
 * key, so the result depends only on the component's contents, never on arrival order. A link joins
 * two clusters only if every named key of one is {@linkplain AccusedKeys#compatible name
 * compatible} with every named key of the other: two different full names are two people however
 * they are linked ("her manager at Alibaba" named once as Wang and once as Li is refused the second
 * time). A surname compatible with two incompatible full names is ambiguous and links neither, and
 * so is a description placed by context next to two incompatible names. Keys listed as excluded
 * (merges undone by a rebuild) take no links at all and stay cases of their own.
 */
public final class Clustering {

  private Clustering() {}

  /**
   * A cluster: its keys, its representative and, for every other key, the link that brought it.
   *
   * @param representative the key the case id derives from
   * @param keys every key, sorted
   * @param joinedBy for each key but the representative, the first link that joined it
   */
  public record Cluster(
      String representative, Set<String> keys, Map<String, KeyGraph.Link> joinedBy) {}

  /** The clusters of {@code component} in {@code graph}, excluding links of {@code excluded}. */
  public static List<Cluster> cluster(KeyGraph graph, Set<String> component, Set<String> excluded) {
    List<KeyGraph.Link> links = new ArrayList<>();
    for (String k : component) {
      for (KeyGraph.Link l : graph.links(k)) {
        if (l.from().compareTo(l.to()) < 0
            && component.contains(l.to())
            && !excluded.contains(l.from())
            && !excluded.contains(l.to())
            && !ambiguous(graph, l, component)) {
          links.add(l);
        }
      }
    }
    links.sort(
        Comparator.comparingInt((KeyGraph.Link l) -> -l.kind())
            .thenComparing(KeyGraph.Link::at, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(KeyGraph.Link::from)
            .thenComparing(KeyGraph.Link::to));
    Map<String, String> parent = new HashMap<>();
    Map<String, Set<String>> members = new HashMap<>();
    for (String k : component) {
      parent.put(k, k);
      members.put(k, new TreeSet<>(Set.of(k)));
    }
    Map<String, KeyGraph.Link> firstLink = new TreeMap<>();
    for (KeyGraph.Link l : links) {
      String ra = find(parent, l.from());
      String rb = find(parent, l.to());
      if (ra.equals(rb) || !compatible(members.get(ra), members.get(rb))) {
        continue;
      }
      parent.put(rb, ra);
      members.get(ra).addAll(members.remove(rb));
      firstLink.putIfAbsent(l.from(), l);
      firstLink.putIfAbsent(l.to(), l);
    }
    List<Cluster> out = new ArrayList<>();
    for (Set<String> keys : new TreeMap<>(invert(members)).values()) {
      String rep = keys.stream().min(Clustering::better).orElseThrow();
      Map<String, KeyGraph.Link> joined = new TreeMap<>();
      for (String k : keys) {
        if (!k.equals(rep)) {
          joined.put(k, firstLink.get(k));
        }
      }
      out.add(new Cluster(rep, keys, joined));
    }
    return out;
  }

  private static Map<String, Set<String>> invert(Map<String, Set<String>> members) {
    Map<String, Set<String>> byFirst = new TreeMap<>();
    for (Set<String> keys : members.values()) {
      byFirst.put(((TreeSet<String>) keys).first(), keys);
    }
    return byFirst;
  }

  /** Orders keys by how good a representative they are: full names first, then longer, then a-z. */
  static int better(String a, String b) {
    int wa = AccusedKeys.nameWords(a).size();
    int wb = AccusedKeys.nameWords(b).size();
    int ca = wa >= 2 ? 0 : wa == 1 ? 1 : 2;
    int cb = wb >= 2 ? 0 : wb == 1 ? 1 : 2;
    if (ca != cb) {
      return Integer.compare(ca, cb);
    }
    if (wa != wb) {
      return Integer.compare(wb, wa);
    }
    return a.compareTo(b);
  }

  private static boolean ambiguous(KeyGraph graph, KeyGraph.Link l, Set<String> component) {
    if (l.kind() == KeyGraph.Link.CONTEXT) {
      // A description whose sentence or document points at two different people joins neither.
      String described = AccusedKeys.isDescribed(l.from()) ? l.from() : l.to();
      List<String> named = new ArrayList<>();
      for (KeyGraph.Link other : graph.links(described)) {
        if (other.kind() == KeyGraph.Link.CONTEXT && component.contains(other.to())) {
          named.add(other.to());
        }
      }
      for (int i = 0; i < named.size(); i++) {
        for (int j = i + 1; j < named.size(); j++) {
          if (!AccusedKeys.compatible(named.get(i), named.get(j))) {
            return true;
          }
        }
      }
      return false;
    }
    if (l.kind() != KeyGraph.Link.NAME) {
      return false;
    }
    for (String single : List.of(l.from(), l.to())) {
      if (AccusedKeys.nameWords(single).size() != 1) {
        continue;
      }
      List<String> fulls = new ArrayList<>();
      for (KeyGraph.Link other : graph.links(single)) {
        if (other.kind() == KeyGraph.Link.NAME && component.contains(other.to())) {
          fulls.add(other.to());
        }
      }
      for (int i = 0; i < fulls.size(); i++) {
        for (int j = i + 1; j < fulls.size(); j++) {
          if (!AccusedKeys.compatible(fulls.get(i), fulls.get(j))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean compatible(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (!AccusedKeys.isNamed(x)) {
        continue;
      }
      for (String y : b) {
        if (AccusedKeys.isNamed(y) && !AccusedKeys.compatible(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  private static String find(Map<String, String> parent, String k) {
    String r = k;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    parent.put(k, r);
    return r;
  }
}
