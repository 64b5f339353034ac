package org.casewatch.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Order-independent syndication groups for a fixed set of documents: the connected components of
 * the "at most {@code threshold} bits apart" relation, each named by its smallest document id.
 *
 * <p>Use it for batch work (backfills, re-grouping an index); streaming ingest uses {@link
 * NearDuplicateIndex}, whose group ids never change. Thread-safe (stateless).
 */
public final class SyndicationGroups {

  private SyndicationGroups() {}

  /**
   * Groups documents.
   *
   * @param simhashes each document's {@link SimHash}, by id
   * @param threshold the Hamming threshold (see {@link SimHash#DEFAULT_THRESHOLD})
   * @return each document's group id: the smallest id of its component
   */
  public static Map<String, String> cluster(Map<String, SimHash> simhashes, int threshold) {
    List<String> ids = new ArrayList<>(new TreeMap<>(simhashes).keySet());
    Map<String, String> parent = new HashMap<>();
    ids.forEach(id -> parent.put(id, id));
    NearDuplicateIndex index = new NearDuplicateIndex(threshold);
    // every near pair is found once: when its later member meets the earlier one in the index
    for (String id : ids) {
      for (String earlier : index.near(simhashes.get(id))) {
        union(parent, id, earlier);
      }
      index.add(id, simhashes.get(id));
    }
    Map<String, String> groups = new HashMap<>();
    for (String id : ids) {
      groups.put(id, find(parent, id));
    }
    return groups;
  }

  private static String find(Map<String, String> parent, String id) {
    String root = id;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    for (String cur = id; !cur.equals(root); ) {
      String next = parent.get(cur);
      parent.put(cur, root);
      cur = next;
    }
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      // the smaller id is the root, so each component is named by its smallest id
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
