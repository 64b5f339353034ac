package org.casewatch.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each document a syndication group: documents whose {@link SimHash}es are at most a
 * threshold apart are copies of one story and share a group.
 *
 * <p>How: the 128 bits are cut into {@code threshold + 1} blocks; two hashes at most {@code
 * threshold} bits apart agree exactly on at least one block (pigeonhole), so each block value
 * indexes the documents having it and only those candidates are compared bit by bit. A new document
 * joins the group of its closest earlier match (ties: the smaller group id), else starts its own
 * group named by its id. A group id never changes once given, so documents already written to the
 * index stay right; the price is that the result can depend on arrival order when copies chain (A
 * near B, B near C, A not near C). {@link #add} with an id already seen returns the first
 * assignment: replays are idempotent. For a fixed set, {@link SyndicationGroups#cluster} gives an
 * order-independent answer.
 *
 * <p><b>Provenance.</b> Store {@code syndication_group} and {@code publisher} ({@link
 * UrlCanonicalizer#publisher}) on every document. Then, for any set of documents (a case, a query,
 * a day), the number of independent sources is the number of distinct syndication groups, and a
 * story's reach is the number of distinct publishers in its group: counts of copies are not counts
 * of sources. Not thread-safe: use one per task, or synchronise.
 */
public final class NearDuplicateIndex {

  private final int threshold;
  private final int[] blockStart;
  private final int[] blockBits;
  private final List<Map<Long, List<String>>> tables = new ArrayList<>();
  private final Map<String, SimHash> hashes = new HashMap<>();
  private final Map<String, SyndicationAssignment> assignments = new LinkedHashMap<>();

  /** An index with the {@link SimHash#DEFAULT_THRESHOLD default threshold} (<b>24 bits</b>). */
  public NearDuplicateIndex() {
    this(SimHash.DEFAULT_THRESHOLD);
  }

  /** An index with a Hamming threshold (of 128 bits) in [0, 63]. */
  public NearDuplicateIndex(int threshold) {
    if (threshold < 0 || threshold > 63) {
      throw new IllegalArgumentException("threshold must be in [0, 63], was " + threshold);
    }
    this.threshold = threshold;
    int blocks = threshold + 1;
    blockStart = new int[blocks];
    blockBits = new int[blocks];
    for (int b = 0, start = 0; b < blocks; b++) {
      blockBits[b] = 128 / blocks + (b < 128 % blocks ? 1 : 0);
      blockStart[b] = start;
      start += blockBits[b];
      tables.add(new HashMap<>());
    }
  }

  /** Adds a document's text; see {@link #add(String, long)}. */
  public SyndicationAssignment addText(String docId, String text) {
    return add(docId, SimHash.of(text));
  }

  /** Adds a document by its SimHash and returns its group (the first one, if seen before). */
  public SyndicationAssignment add(String docId, SimHash simhash) {
    SyndicationAssignment known = assignments.get(docId);
    if (known != null) {
      return known;
    }
    String nearest = null;
    int best = Integer.MAX_VALUE;
    for (int b = 0; b < tables.size(); b++) {
      for (String candidate : tables.get(b).getOrDefault(block(simhash, b), List.of())) {
        int d = simhash.distance(hashes.get(candidate));
        String group = assignments.get(candidate).groupId();
        if (d <= threshold
            && (d < best
                || (d == best && group.compareTo(assignments.get(nearest).groupId()) < 0))) {
          best = d;
          nearest = candidate;
        }
      }
    }
    SyndicationAssignment assignment =
        nearest == null
            ? new SyndicationAssignment(docId, docId, null, -1)
            : new SyndicationAssignment(docId, assignments.get(nearest).groupId(), nearest, best);
    hashes.put(docId, simhash);
    assignments.put(docId, assignment);
    for (int b = 0; b < tables.size(); b++) {
      tables.get(b).computeIfAbsent(block(simhash, b), k -> new ArrayList<>()).add(docId);
    }
    return assignment;
  }

  /** The ids of the documents added so far within the threshold of a hash, without repeats. */
  List<String> near(SimHash simhash) {
    Set<String> found = new LinkedHashSet<>();
    for (int b = 0; b < tables.size(); b++) {
      for (String candidate : tables.get(b).getOrDefault(block(simhash, b), List.of())) {
        if (simhash.distance(hashes.get(candidate)) <= threshold) {
          found.add(candidate);
        }
      }
    }
    return List.copyOf(found);
  }

  /** The group of a document added earlier, or null. */
  public String groupOf(String docId) {
    SyndicationAssignment a = assignments.get(docId);
    return a == null ? null : a.groupId();
  }

  /** How many documents the index holds. */
  public int size() {
    return assignments.size();
  }

  /** Block b of the 128 bits (high then low); blocks never straddle the halves' boundary. */
  private long block(SimHash hash, int b) {
    int start = blockStart[b];
    int bits = blockBits[b];
    long mask = (1L << bits) - 1;
    if (start + bits <= 64) {
      return (hash.high() >>> start) & mask;
    }
    if (start >= 64) {
      return (hash.low() >>> (start - 64)) & mask;
    }
    int inHigh = 64 - start;
    long fromHigh = hash.high() >>> start;
    long fromLow = hash.low() & ((1L << (bits - inHigh)) - 1);
    return (fromLow << inHigh) | fromHigh;
  }
}
