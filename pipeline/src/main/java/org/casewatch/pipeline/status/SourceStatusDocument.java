package org.casewatch.pipeline.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.casewatch.ingest.status.ArchiveProgress;
import org.casewatch.model.Ids;

/**
 * The JSON shape of a {@link SourceStatus} in the {@code casewatch-sources} index ({@code
 * sources-v1.json}, {@code dynamic: strict}), and back.
 *
 * <p>One document per source under {@link #id(String)}, a hash of the source id, so every write is
 * a whole-document rewrite of the same document. Absent instants are left out. An archive source
 * also has an {@code archive} object: {@code format}, {@code state} ({@code running}, {@code
 * partial}, {@code done}, {@code failed}), {@code reason}, {@code records_read}, {@code
 * bytes_read}, {@code size_bytes}, {@code percent} and {@code at}.
 */
public final class SourceStatusDocument {

  private SourceStatusDocument() {}

  /** The document id of a source: the first 32 hex digits of the SHA-256 of its id. */
  public static String id(String sourceId) {
    return Ids.documentId(sourceId);
  }

  /** The index-ready document of a status, written at {@code now}. */
  public static Map<String, Object> of(SourceStatus status, Instant now) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", id(status.sourceId()));
    doc.put("source_id", status.sourceId());
    doc.put("kind", status.kind());
    if (status.pollInterval() != null) {
      doc.put("poll_interval_seconds", status.pollInterval().toSeconds());
    }
    putInstant(doc, "first_poll_at", status.firstPollAt());
    putInstant(doc, "last_poll_at", status.lastPollAt());
    putInstant(doc, "last_success_at", status.lastSuccessAt());
    putInstant(doc, "last_new_item_at", status.lastNewItemAt());
    putInstant(doc, "last_error_at", status.lastErrorAt());
    if (status.lastErrorKind() != null) {
      doc.put("last_error_kind", status.lastErrorKind());
      doc.put("last_error_status", status.lastErrorStatus());
      doc.put("last_error_message", status.lastErrorMessage());
    }
    doc.put("polls", status.polls());
    doc.put("failed_polls", status.failedPolls());
    doc.put("items_seen", status.itemsSeen());
    List<Map<String, Object>> errors = new ArrayList<>();
    status
        .errors()
        .forEach(
            (kind, count) -> {
              Map<String, Object> e = new LinkedHashMap<>();
              e.put("kind", kind);
              e.put("count", count);
              errors.add(e);
            });
    doc.put("errors", errors);
    doc.put("recent_gaps_seconds", status.recentGapsSeconds());
    if (status.archive() != null) {
      doc.put("archive", archive(status.archive()));
    }
    doc.put("updated_at", now.toString());
    return doc;
  }

  /**
   * The status a stored document describes.
   *
   * @throws IllegalArgumentException when the document has no source id or kind
   */
  public static SourceStatus from(JsonNode doc) {
    String sourceId = doc.path("source_id").asText("");
    String kind = doc.path("kind").asText("");
    if (sourceId.isEmpty() || kind.isEmpty()) {
      throw new IllegalArgumentException("a source status document needs source_id and kind");
    }
    Duration interval =
        doc.hasNonNull("poll_interval_seconds")
            ? Duration.ofSeconds(doc.get("poll_interval_seconds").asLong())
            : null;
    Map<String, Long> errors = new TreeMap<>();
    for (JsonNode e : doc.path("errors")) {
      errors.merge(e.path("kind").asText("UNKNOWN"), e.path("count").asLong(), Long::sum);
    }
    List<Long> gaps = new ArrayList<>();
    for (JsonNode g : doc.path("recent_gaps_seconds")) {
      gaps.add(g.asLong());
    }
    return new SourceStatus(
        sourceId,
        kind,
        interval,
        instant(doc, "first_poll_at"),
        instant(doc, "last_poll_at"),
        instant(doc, "last_success_at"),
        instant(doc, "last_new_item_at"),
        instant(doc, "last_error_at"),
        doc.hasNonNull("last_error_kind") ? doc.get("last_error_kind").asText() : null,
        doc.path("last_error_status").asInt(0),
        doc.path("last_error_message").asText(""),
        doc.path("polls").asLong(),
        doc.path("failed_polls").asLong(),
        doc.path("items_seen").asLong(),
        errors,
        gaps,
        archive(sourceId, doc.get("archive")));
  }

  private static Map<String, Object> archive(ArchiveProgress p) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("format", p.format());
    a.put("state", p.state().label());
    a.put("reason", p.reason());
    a.put("records_read", p.recordsRead());
    a.put("bytes_read", p.bytesRead());
    a.put("size_bytes", p.sizeBytes());
    a.put("percent", Math.round(p.percent() * 10) / 10.0);
    a.put("at", p.at().toString());
    return a;
  }

  private static ArchiveProgress archive(String sourceId, JsonNode a) {
    if (a == null || !a.isObject()) {
      return null;
    }
    ArchiveProgress.State state;
    try {
      state = ArchiveProgress.State.valueOf(a.path("state").asText("").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
    Instant at = instant(a, "at");
    return new ArchiveProgress(
        sourceId,
        a.path("format").asText(""),
        at == null ? Instant.EPOCH : at,
        Math.max(0, a.path("records_read").asLong()),
        Math.max(0, a.path("bytes_read").asLong()),
        Math.max(0, a.path("size_bytes").asLong()),
        state,
        a.path("reason").asText(""));
  }

  private static void putInstant(Map<String, Object> doc, String field, Instant value) {
    if (value != null) {
      doc.put(field, value.toString());
    }
  }

  private static Instant instant(JsonNode doc, String field) {
    if (!doc.hasNonNull(field)) {
      return null;
    }
    try {
      return Instant.parse(doc.get(field).asText());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
