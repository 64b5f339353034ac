package org.casewatch.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic identifiers.
 *
 * <p>Every write to Elasticsearch is a whole-document {@code index} operation with an id derived
 * from the content's identity, so that replaying the stream after a failure rewrites the same
 * documents instead of adding copies.
 */
public final class Ids {

  private Ids() {}

  /**
   * The id of a document: the first 32 hex digits (128 bits) of the SHA-256 of its canonical URL.
   */
  public static String documentId(String canonicalUrl) {
    if (canonicalUrl == null || canonicalUrl.isBlank()) {
      throw new IllegalArgumentException("canonical URL must not be blank");
    }
    return sha256Hex(canonicalUrl).substring(0, 32);
  }

  /**
   * The stable id of a feed item: a hash of the feed URL and the item's GUID, or its link when the
   * GUID is missing.
   */
  public static String feedItemId(String feedUrl, String guidOrLink) {
    if (guidOrLink == null || guidOrLink.isBlank()) {
      throw new IllegalArgumentException("feed item needs a GUID or a link");
    }
    return sha256Hex(feedUrl + "\n" + guidOrLink).substring(0, 32);
  }

  static String sha256Hex(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
