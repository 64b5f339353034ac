package org.casewatch.index.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Test helper: checks a converter's output against a strict mapping without Elasticsearch, so that
 * a field written but not mapped (which the index would reject) fails a unit test.
 */
final class MappingCheck {

  private MappingCheck() {}

  /** Asserts every field of {@code source}, at any depth, is mapped with a matching type. */
  static void assertMapped(CasewatchIndex index, Map<String, Object> source) throws IOException {
    JsonNode properties = CasewatchIndexTest.read(index).path("mappings").path("properties");
    check(properties, source, "");
  }

  @SuppressWarnings("unchecked")
  private static void check(JsonNode properties, Map<String, Object> source, String prefix) {
    for (Map.Entry<String, Object> entry : source.entrySet()) {
      String path = prefix + entry.getKey();
      JsonNode field = properties.path(entry.getKey());
      assertThat(field.isMissingNode()).as("%s is mapped", path).isFalse();
      if (!field.path("enabled").asBoolean(true)) {
        continue;
      }
      Object value = entry.getValue();
      List<Object> values = value instanceof List<?> list ? (List<Object>) list : List.of(value);
      for (Object v : values) {
        if (v instanceof Map<?, ?> map) {
          assertThat(field.path("type").asText("object"))
              .as("%s is an object", path)
              .isIn("object", "nested");
          check(field.path("properties"), (Map<String, Object>) map, path + ".");
        } else {
          checkScalar(field.path("type").asText(), v, path);
        }
      }
    }
  }

  private static void checkScalar(String type, Object value, String path) {
    switch (type) {
      case "keyword", "text" -> assertThat(value).as(path).isInstanceOf(String.class);
      case "integer" -> assertThat(value).as(path).isInstanceOf(Integer.class);
      case "float" -> assertThat(value).as(path).isInstanceOf(Number.class);
      case "boolean" -> assertThat(value).as(path).isInstanceOf(Boolean.class);
      case "date" -> assertThat(Instant.parse((String) value)).as(path).isNotNull();
      default -> throw new AssertionError(path + " has unexpected mapping type " + type);
    }
  }
}
