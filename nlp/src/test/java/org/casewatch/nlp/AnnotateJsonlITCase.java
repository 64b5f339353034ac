package org.casewatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casewatch.nlp.internal.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotate runner end to end on a small JSONL file, with the real models. */
class AnnotateJsonlITCase {

  private static NlpAnnotator nlp;

  @BeforeAll
  static void load() {
    nlp = NlpAnnotators.shared(NlpConfig.defaults());
  }

  @AfterAll
  static void release() {
    nlp.close();
  }

  @Test
  void writesOneLinePerInputAndTurnsBadLinesIntoErrors(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(
        in,
        String.join(
            "\n",
            "{\"id\":\"a\",\"text\":\"Police said John Marsh was arrested on Monday on suspicion"
                + " of rape. He denies the allegation.\",\"published\":\"2024-03-13\"}",
            "{not json",
            "{\"id\":\"b\",\"text\":\"The council approved its budget.\",\"published\":null}",
            "{\"id\":\"c\"}",
            ""),
        StandardCharsets.UTF_8);
    StringWriter progress = new StringWriter();

    AnnotateJsonl.Summary summary = AnnotateJsonl.run(in, out, nlp, new PrintWriter(progress));

    assertThat(summary).isEqualTo(new AnnotateJsonl.Summary(2, 2));
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      lines.add(Json.mapper().readTree(line));
    }
    assertThat(lines).hasSize(4);
    JsonNode a = lines.get(0);
    assertThat(a.get("id").asText()).isEqualTo("a");
    assertThat(a.get("language").asText()).isEqualTo("en");
    JsonNode claim = a.get("claims").get(0);
    assertThat(claim.get("accused").get("name").asText()).isEqualTo("John Marsh");
    assertThat(claim.get("act").asText()).isEqualTo("rape");
    assertThat(claim.get("modality").asText()).isEqualTo("denied");
    assertThat(claim.get("accuser").isNull()).isTrue();
    assertThat(claim.has("incident_date")).isTrue();
    assertThat(claim.get("evidence").get(0).get("text").asText()).contains("arrested");
    JsonNode arrest = a.get("events").get(0);
    assertThat(arrest.get("type").asText()).isEqualTo("arrest");
    assertThat(arrest.get("date").asText()).isEqualTo("2024-03-11");
    assertThat(a.get("sentiment").has("document")).isTrue();
    assertThat(lines.get(1).get("error").asText()).isNotBlank();
    assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(lines.get(2).get("claims")).isEmpty();
    assertThat(lines.get(3).get("error").asText()).contains("no text");
    assertThat(progress.toString()).contains("annotated 2 documents, 2 error lines");
  }
}
