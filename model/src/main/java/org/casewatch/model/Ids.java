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

  /**
   * The id of an allegation claim: 32 hex digits of the SHA-256 of the document id, the offset of
   * the claim's first evidence span, its act and its accused's {@link ClaimParty#key() key}.
   *
   * <p>Offsets, not ordinals: a claim keeps its id when another claim of the same document appears
   * or disappears (a rule change, a partial annotation), so a re-run overwrites instead of adding
   * copies. Two claims with the same evidence, act and accused are one claim.
   */
  public static String claimId(String documentId, Claim claim) {
    requireDocumentId(documentId);
    return sha256Hex(
            documentId
                + "\nclaim\n"
                + claim.evidence().get(0).begin()
                + "\n"
                + claim.act()
                + "\n"
                + claim.accused().key())
        .substring(0, 32);
  }

  /**
   * The id of a case event: 32 hex digits of the SHA-256 of the document id, the event type and the
   * offset of its evidence sentence. Deterministic for the same reason as {@link #claimId}.
   */
  public static String eventId(String documentId, CaseEvent event) {
    requireDocumentId(documentId);
    return sha256Hex(documentId + "\nevent\n" + event.type() + "\n" + event.evidence().begin())
        .substring(0, 32);
  }

  /**
   * A party's name reduced to a matching key: Unicode NFKC, lower case, every run of characters
   * that are not letters or digits one space, trimmed. {@code "Harvey Weinstein"} and {@code
   * "HARVEY WEINSTEIN."} give {@code "harvey weinstein"}. Stored as {@code canonical} on claim
   * parties.
   */
  public static String partyKey(String name) {
    if (name == null) {
      return "";
    }
    String folded =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC)
            .toLowerCase(java.util.Locale.ROOT);
    return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static void requireDocumentId(String documentId) {
    if (documentId == null || documentId.isBlank()) {
      throw new IllegalArgumentException("document id must not be blank");
    }
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
