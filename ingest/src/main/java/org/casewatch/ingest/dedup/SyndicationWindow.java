package org.casewatch.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casewatch.ingest.dedup.internal.Shingles;

/**
 * Syndication groups over a bounded window of the most recent documents, for a long-running stream:
 * a new document joins the group of its closest earlier document within the window whose {@link
 * SimHash} is at most a threshold apart, else starts a group named by its own id.
 *
 * <p>How and why: the window is a ring of the last {@code capacity} documents (id, 128-bit hash,
 * group); a new document is compared with every one of them (two XORs and two bit counts each, so
 * about 0.1 ms for 50,000 documents) and the oldest is forgotten when the ring is full. Compared
 * with {@link NearDuplicateIndex}, whose block tables cost kilobytes per document, memory is small
 * and fixed: about 200 bytes per document, so the default {@value #DEFAULT_CAPACITY} documents hold
 * about 10 MB. Wire copies appear within hours or days of each other, well inside that window for a
 * newsroom's sources; a copy arriving after its group left the window starts a new group. Group ids
 * never change once given, ties go to the smaller group id, and a document id already in the window
 * gets its first assignment back, so replays after a restore are idempotent.
 *
 * <p>Texts of fewer than {@value #MIN_WORDS} words are not grouped (each is its own group) and not
 * kept: their few shingles make every such hash alike. Not thread-safe.
 */
public final class SyndicationWindow {

  /** Documents kept by default: <b>50,000</b>. */
  public static final int DEFAULT_CAPACITY = 50_000;

  /** Fewest words a text needs to be grouped: <b>8</b>. */
  public static final int MIN_WORDS = 8;

  /**
   * One remembered document: what the window checkpoints.
   *
   * @param docId the document id
   * @param high the first half of its SimHash
   * @param low the second half
   * @param groupId its syndication group
   */
  public record Entry(String docId, long high, long low, String groupId) {

    public Entry {
      Objects.requireNonNull(docId, "docId");
      Objects.requireNonNull(groupId, "groupId");
    }
  }

  private final int capacity;
  private final int threshold;
  private final Entry[] ring;
  private final Map<String, Integer> slots = new HashMap<>();
  private int next;
  private int size;

  /** A window of {@link #DEFAULT_CAPACITY} documents at {@link SimHash#DEFAULT_THRESHOLD}. */
  public SyndicationWindow() {
    this(DEFAULT_CAPACITY, SimHash.DEFAULT_THRESHOLD);
  }

  /** A window of {@code capacity} documents (at least 1), threshold in [0, 127] bits. */
  public SyndicationWindow(int capacity, int threshold) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    if (threshold < 0 || threshold > 127) {
      throw new IllegalArgumentException("threshold must be in [0, 127], was " + threshold);
    }
    this.capacity = capacity;
    this.threshold = threshold;
    this.ring = new Entry[capacity];
  }

  /** Adds a document's body and returns its group id. */
  public String add(String docId, String text) {
    Objects.requireNonNull(docId, "docId");
    Integer known = slots.get(docId);
    if (known != null) {
      return ring[known].groupId();
    }
    if (Shingles.words(Shingles.normalise(text)).size() < MIN_WORDS) {
      return docId;
    }
    SimHash hash = SimHash.of(text);
    Entry nearest = null;
    int best = Integer.MAX_VALUE;
    for (int i = 0; i < size; i++) {
      Entry e = ring[i];
      int d = Long.bitCount(e.high() ^ hash.high()) + Long.bitCount(e.low() ^ hash.low());
      if (d <= threshold
          && (d < best || (d == best && e.groupId().compareTo(nearest.groupId()) < 0))) {
        best = d;
        nearest = e;
      }
    }
    String group = nearest == null ? docId : nearest.groupId();
    put(new Entry(docId, hash.high(), hash.low(), group));
    return group;
  }

  /** Puts back an entry from a checkpoint, as if it had been added; oldest first. */
  public void restore(Entry entry) {
    if (!slots.containsKey(entry.docId())) {
      put(entry);
    }
  }

  /** The entries held, oldest first: the state to checkpoint. */
  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>(size);
    int start = size < capacity ? 0 : next;
    for (int i = 0; i < size; i++) {
      out.add(ring[(start + i) % capacity]);
    }
    return out;
  }

  /** How many documents the window holds. */
  public int size() {
    return size;
  }

  /** The most documents the window holds. */
  public int capacity() {
    return capacity;
  }

  private void put(Entry entry) {
    Entry evicted = ring[next];
    if (evicted != null) {
      slots.remove(evicted.docId());
    }
    ring[next] = entry;
    slots.put(entry.docId(), next);
    next = (next + 1) % capacity;
    size = Math.min(size + 1, capacity);
  }
}
