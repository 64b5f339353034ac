package org.casewatch.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingFilterTest {

  private static MappingFilter filter() throws Exception {
    String mapping =
        "{\"id\":{\"type\":\"keyword\"},"
            + "\"entities\":{\"type\":\"nested\",\"properties\":{\"text\":{\"type\":\"text\"}}},"
            + "\"sentences\":{\"type\":\"object\",\"enabled\":false}}";
    return MappingFilter.of(new ObjectMapper().readTree(mapping));
  }

  @Test
  void keepsMappedFieldsRecursivelyAndDisabledObjectsWhole() throws Exception {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", "a");
    record.put("publisher", "x.example");
    record.put("entities", List.of(Map.of("text", "Ada", "type", "PERSON")));
    record.put("sentences", List.of(Map.of("begin", 0, "anything", true)));

    Map<String, Object> kept = filter().apply(record);

    assertThat(kept).containsOnlyKeys("id", "entities", "sentences");
    assertThat(kept.get("entities")).isEqualTo(List.of(Map.of("text", "Ada")));
    assertThat(kept.get("sentences")).isEqualTo(record.get("sentences"));
    assertThat(filter().dropped(record)).containsExactly("entities.type", "publisher");
  }
}
