package org.casewatch.ingest.dedup;

import java.util.HexFormat;
import java.util.List;
import org.casewatch.ingest.dedup.internal.Shingles;

/**
 * A 128-bit SimHash of a text's word shingles (two independent 64-bit SimHashes), for
 * near-duplicate detection.
 *
 * <p>How (Charikar 2002; Manku et al. 2007 for web near-duplicates): the text is normalised as for
 * {@link ContentHash} and cut into shingles of {@value #SHINGLE_WORDS} consecutive words; for each
 * 64-bit half, every shingle is hashed (with a per-half seed), every bit position sums +1 for
 * shingles with that bit set and -1 for the others, and the half has a bit set where the sum is
 * positive. Texts sharing most shingles get hashes a small Hamming distance apart. Word shingles,
 * not single words: two stories on one topic share vocabulary, but rarely runs of three words.
 *
 * <p>Why 128 bits and not the classic 64: measured on the 2,225 BBC articles (2.47 million pairs),
 * one 64-bit SimHash puts unrelated articles (3-shingle Jaccard below 0.3) as close as 10 bits
 * while re-headlined wire copies with boilerplate are 9 to 10 bits apart, so no threshold separates
 * them. With two independent halves, copies are at most 29 bits apart and unrelated articles at
 * least 36; the default threshold {@value #DEFAULT_THRESHOLD} sits between. Immutable.
 *
 * @param high the first 64-bit SimHash
 * @param low the second, independently seeded 64-bit SimHash
 */
public record SimHash(long high, long low) {

  /** Words per shingle: <b>3</b>. */
  public static final int SHINGLE_WORDS = 3;

  /** Default Hamming distance (of 128 bits) for near-duplicates: <b>24 bits</b>. */
  public static final int DEFAULT_THRESHOLD = 24;

  /** The SimHash of a text; both halves 0 for a text without words. */
  public static SimHash of(String text) {
    List<String> shingles = Shingles.of(Shingles.words(Shingles.normalise(text)), SHINGLE_WORDS);
    return new SimHash(half(shingles, ""), half(shingles, "\u0001"));
  }

  private static long half(List<String> shingles, String seed) {
    int[] weights = new int[64];
    for (String shingle : shingles) {
      long h = Shingles.hash64(seed + shingle);
      for (int bit = 0; bit < 64; bit++) {
        weights[bit] += ((h >>> bit) & 1L) != 0 ? 1 : -1;
      }
    }
    long simhash = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (weights[bit] > 0) {
        simhash |= 1L << bit;
      }
    }
    return simhash;
  }

  /** The number of bits in which this and another hash differ (0 to 128). */
  public int distance(SimHash other) {
    return Long.bitCount(high ^ other.high) + Long.bitCount(low ^ other.low);
  }

  /** 32 lower-case hex digits, for storing in an index. */
  public String hex() {
    return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
  }

  /** Parses {@link #hex()}. */
  public static SimHash parse(String hex) {
    if (hex.length() != 32) {
      throw new IllegalArgumentException("a SimHash is 32 hex digits: " + hex);
    }
    return new SimHash(
        HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32));
  }
}
