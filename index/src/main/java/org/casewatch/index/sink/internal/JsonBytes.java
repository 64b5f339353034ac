package org.casewatch.index.sink.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Serializes index documents (maps of JSON values) to UTF-8 bytes.
 *
 * <p>One shared, thread-safe mapper without default typing and with explicit read constraints.
 */
public final class JsonBytes {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(100)
                          .maxStringLength(20_000_000)
                          .maxNumberLength(100)
                          .build())
                  .build())
          .build();

  private JsonBytes() {}

  /** The JSON bytes of a document made of maps, lists, strings, numbers and booleans. */
  public static byte[] of(Map<String, Object> document) {
    try {
      return MAPPER.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("document is not serializable as JSON", e);
    }
  }
}
