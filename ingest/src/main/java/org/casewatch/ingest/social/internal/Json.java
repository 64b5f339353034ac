package org.casewatch.ingest.social.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one JSON reader of the social parsers, with safe settings, and small tree helpers.
 *
 * <p>No default typing (answers are read as trees, never bound to polymorphic types); explicit
 * stream read constraints: nesting at most <b>200</b> levels, strings at most <b>5 MiB</b>
 * characters, numbers at most <b>100</b> digits, documents at most <b>16 MiB</b>; unknown
 * properties ignored. Thread-safe.
 */
public final class Json {

  /** Maximum nesting depth of a JSON answer: <b>200</b>. */
  public static final int MAX_NESTING = 200;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_NESTING)
                          .maxStringLength(5 * 1024 * 1024)
                          .maxNumberLength(100)
                          .maxDocumentLength(16L * 1024 * 1024)
                          .build())
                  .build())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private Json() {}

  /** The shared, safely configured mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The text of a field, or null when missing, null or not a scalar. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    return value.asText();
  }

  /** The text at a path of fields, or null when any step is missing. */
  public static String path(JsonNode node, String... fields) {
    JsonNode current = node;
    for (int i = 0; i < fields.length - 1; i++) {
      if (current == null) {
        return null;
      }
      current = current.get(fields[i]);
    }
    return text(current, fields[fields.length - 1]);
  }

  /**
   * An ISO-8601 instant with offset ({@code 2025-07-17T19:07:48.000Z}, {@code
   * 2025-05-19T02:03:20.286393+00:00}), or null when missing or unparseable.
   */
  public static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The non-blank texts of the elements (or of one field of the elements) of an array. */
  public static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode element : array) {
        String value =
            field == null ? (element.isTextual() ? element.asText() : null) : text(element, field);
        if (value != null && !value.isBlank()) {
          out.add(value);
        }
      }
    }
    return out;
  }
}
