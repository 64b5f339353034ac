package org.casewatch.index.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casewatch.model.DeadLetter;

/**
 * The JSON shape of a {@link DeadLetter} in the {@link CasewatchIndex#DEAD_LETTERS} index.
 *
 * <p>Besides the dead letter's own fields, an entry may carry the source of the document that
 * failed, as a stored but unindexed string truncated to a cap, so an operator can see what was
 * rejected and replay it. Its {@code _id} is derived from the stage and the record id, so a replay
 * of the same failure overwrites its dead letter instead of adding another.
 */
public final class DeadLetterSource {

  /** The longest failed-document text kept: **16384 characters**. */
  public static final int DEFAULT_DOCUMENT_CAP_CHARS = 16_384;

  /** The longest reason kept: **4096 characters**. */
  public static final int REASON_CAP_CHARS = 4_096;

  /** Field holding the failed record's id. */
  public static final String ID = "id";

  /** Field holding the URL the record came from. */
  public static final String SOURCE_URL = "source_url";

  /** Field holding the failed stage. */
  public static final String STAGE = "stage";

  /** Field holding the machine-readable error kind. */
  public static final String ERROR_TYPE = "error_type";

  /** Field holding the human-readable reason. */
  public static final String REASON = "reason";

  /** Field holding the HTTP or Elasticsearch status, or 0. */
  public static final String STATUS = "status";

  /** Field holding the failure time, ISO-8601. */
  public static final String FAILED_AT = "failed_at";

  /** Field holding the failed document's source, not indexed. */
  public static final String DOCUMENT = "document";

  /** Field set to true when {@link #DOCUMENT} was cut to the cap. */
  public static final String DOCUMENT_TRUNCATED = "document_truncated";

  private DeadLetterSource() {}

  /** The deterministic {@code _id} of a dead letter: 32 hex digits of SHA-256(stage, id). */
  public static String id(DeadLetter deadLetter) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          digest.digest(
              (deadLetter.stage() + "\n" + deadLetter.id()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The index-ready JSON object of a dead letter without a failed document. */
  public static Map<String, Object> of(DeadLetter deadLetter) {
    return of(deadLetter, null, DEFAULT_DOCUMENT_CAP_CHARS);
  }

  /**
   * The index-ready JSON object of a dead letter.
   *
   * @param failedDocument the JSON source of the record that failed, or null when there is none
   * @param documentCapChars the longest document text kept; longer text is cut and flagged
   */
  public static Map<String, Object> of(
      DeadLetter deadLetter, String failedDocument, int documentCapChars) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put(ID, deadLetter.id());
    source.put(SOURCE_URL, deadLetter.sourceUrl());
    source.put(STAGE, deadLetter.stage());
    source.put(ERROR_TYPE, deadLetter.errorType());
    source.put(REASON, truncate(deadLetter.reason(), REASON_CAP_CHARS));
    source.put(STATUS, deadLetter.status());
    source.put(FAILED_AT, deadLetter.failedAt().toString());
    if (failedDocument != null) {
      source.put(DOCUMENT, truncate(failedDocument, documentCapChars));
      source.put(DOCUMENT_TRUNCATED, failedDocument.length() > documentCapChars);
    }
    return source;
  }

  /** Reads a stored dead letter back; the failed document, if any, is not part of the record. */
  public static DeadLetter read(Map<String, Object> source) {
    Object status = source.get(STATUS);
    return new DeadLetter(
        String.valueOf(source.get(ID)),
        (String) source.get(SOURCE_URL),
        String.valueOf(source.get(STAGE)),
        String.valueOf(source.get(ERROR_TYPE)),
        (String) source.get(REASON),
        status instanceof Number number ? number.intValue() : 0,
        Instant.parse(String.valueOf(source.get(FAILED_AT))));
  }

  private static String truncate(String text, int cap) {
    if (text.length() <= cap) {
      return text;
    }
    int end = cap;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
