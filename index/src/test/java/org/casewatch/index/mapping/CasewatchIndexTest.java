package org.casewatch.index.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CasewatchIndexTest {

  /** Analyzers that exist without the analysis-common module. */
  private static final Set<String> BUILT_IN_ANALYZERS =
      Set.of("standard", "simple", "whitespace", "stop", "keyword");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void namesCarryPrefixAndVersion() {
    assertThat(CasewatchIndex.DOCUMENTS.alias()).isEqualTo("casewatch-documents");
    assertThat(CasewatchIndex.DOCUMENTS.concreteIndex()).isEqualTo("casewatch-documents-v1");
    assertThat(CasewatchIndex.DEAD_LETTERS.alias()).isEqualTo("casewatch-dead-letters");
    assertThat(CasewatchIndex.DEAD_LETTERS.concreteIndex()).isEqualTo("casewatch-dead-letters-v1");
    for (CasewatchIndex index : CasewatchIndex.values()) {
      assertThat(index.concreteIndex())
          .startsWith(CasewatchIndex.PREFIX)
          .endsWith("-v" + index.version());
    }
  }

  @ParameterizedTest
  @EnumSource(CasewatchIndex.class)
  void mappingIsStrictAndUsesOnlyBuiltInAnalyzers(CasewatchIndex index) throws IOException {
    JsonNode root = read(index);
    assertThat(root.path("mappings").path("dynamic").asText()).isEqualTo("strict");
    assertThat(root.path("settings").has("analysis")).isFalse();
    for (JsonNode field : fields(root.path("mappings"))) {
      if (field.has("analyzer")) {
        assertThat(BUILT_IN_ANALYZERS).contains(field.get("analyzer").asText());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(CasewatchIndex.class)
  void everyKeywordFieldGuardsAgainstImmenseTerms(CasewatchIndex index) throws IOException {
    List<JsonNode> keywords = new ArrayList<>();
    for (JsonNode field : fields(read(index).path("mappings"))) {
      if ("keyword".equals(field.path("type").asText())) {
        keywords.add(field);
      }
    }
    assertThat(keywords).isNotEmpty();
    for (JsonNode keyword : keywords) {
      assertThat(keyword.path("ignore_above").asInt(Integer.MAX_VALUE)).isBetween(1, 8191);
    }
  }

  @Test
  void documentsMappingHasNestedEntitiesAndUnindexedSentences() throws IOException {
    JsonNode properties = read(CasewatchIndex.DOCUMENTS).path("mappings").path("properties");
    assertThat(properties.path("entities").path("type").asText()).isEqualTo("nested");
    assertThat(properties.path("entities").path("properties").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("text", "type", "canonical_name");
    assertThat(properties.path("sentences").path("enabled").asBoolean(true)).isFalse();
    assertThat(properties.path("lemmas").path("type").asText()).isEqualTo("text");
  }

  @Test
  void deadLetterMappingKeepsFailedDocumentUnindexed() throws IOException {
    JsonNode properties = read(CasewatchIndex.DEAD_LETTERS).path("mappings").path("properties");
    assertThat(properties.path("document").path("index").asBoolean(true)).isFalse();
    assertThat(properties.fieldNames())
        .toIterable()
        .contains("id", "source_url", "stage", "error_type", "reason", "status", "failed_at");
  }

  static JsonNode read(CasewatchIndex index) throws IOException {
    try (InputStream in = index.openMapping()) {
      return MAPPER.readTree(in);
    }
  }

  /** Every field definition under a mapping, including sub-fields and nested properties. */
  private static List<JsonNode> fields(JsonNode mapping) {
    List<JsonNode> fields = new ArrayList<>();
    collect(mapping.path("properties"), fields);
    return fields;
  }

  private static void collect(JsonNode properties, List<JsonNode> out) {
    for (Map.Entry<String, JsonNode> entry : properties.properties()) {
      JsonNode field = entry.getValue();
      out.add(field);
      collect(field.path("properties"), out);
      collect(field.path("fields"), out);
    }
  }
}
