package org.casewatch.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.casewatch.ingest.dedup.internal.Shingles;

/**
 * The exact body hash: the first 32 hex digits (128 bits) of the SHA-256 of the normalised text.
 *
 * <p>Normalised: Unicode NFKC, lower case, every run of non-letters and non-digits (punctuation,
 * whitespace, zero-width characters) one space. So two bodies that differ only in case, spacing,
 * punctuation or Unicode compatibility forms (full-width digits, ligatures) hash the same, and any
 * difference in words does not. Use it for byte-for-byte republication; {@link SimHash} for copies
 * with edits. Thread-safe.
 */
public final class ContentHash {

  private ContentHash() {}

  /** The hash of a body; the hash of the empty string for null or text without words. */
  public static String of(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest(Shingles.normalise(text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
