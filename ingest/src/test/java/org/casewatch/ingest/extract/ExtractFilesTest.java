package org.casewatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.casewatch.ingest.testutil.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractFilesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void writesOneLinePerHtmlFileWithErrorsAsLines() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("a-news.html"), Fixtures.bytes("html/news-article.html"));
    Path sub = Files.createDirectories(in.resolve("sub"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(sub.resolve("b.html.gz")))) {
      out.write(Fixtures.bytes("html/blog-post.html"));
    }
    Files.write(in.resolve("c-empty.html"), Fixtures.bytes("html/empty.html"));
    Files.write(in.resolve("d-image.html"), Fixtures.bytes("html/pixel.png"));
    Files.writeString(in.resolve("notes.txt"), "not html", StandardCharsets.UTF_8);
    Path output = tmp.resolve("out/result.jsonl");
    StringWriter progress = new StringWriter();

    ExtractFiles.Summary summary =
        ExtractFiles.run(in, null, output, new PrintWriter(progress, true));

    assertThat(summary).isEqualTo(new ExtractFiles.Summary(4, 2, 2));
    List<JsonNode> lines = read(output);
    assertThat(lines)
        .extracting(l -> l.get("file").asText())
        .containsExactly("a-news.html", "c-empty.html", "d-image.html", "sub/b.html.gz");

    JsonNode news = lines.get(0);
    // Without a page URL the relative rel=canonical cannot be resolved: og:url is next.
    assertThat(news.get("url").asText())
        .isEqualTo("https://ledger.example/culture/2024/03/05/studio-chief-claims?ref=og");
    assertThat(news.get("title").asText())
        .isEqualTo("Former studio chief faces new misconduct claims");
    assertThat(news.get("byline").asText()).isEqualTo("A. Reporter");
    assertThat(news.get("published").asText()).isEqualTo("2024-03-05T08:30:00Z");
    assertThat(news.get("language").asText()).isEqualTo("en");
    assertThat(news.get("text").asText()).startsWith("Three more women have come forward");
    assertThat(news.has("error")).isFalse();

    assertThat(lines.get(1).get("error_kind").asText()).isEqualTo("EMPTY");
    assertThat(lines.get(2).get("error_kind").asText()).isEqualTo("NOT_HTML");
    assertThat(lines.get(2).get("error").asText()).contains("binary");

    JsonNode blog = lines.get(3);
    assertThat(blog.get("url").isNull()).isTrue();
    assertThat(blog.get("language").asText()).isEqualTo("fr-FR");
    assertThat(blog.get("text").asText()).contains("Another letter, signed by eleven");
    assertThat(progress.toString()).contains("4 files: 2 extracted, 2 failed");
  }

  @Test
  void aSingleFileWithAGivenUrl() throws IOException {
    Path file = tmp.resolve("page.html");
    Files.write(file, Fixtures.bytes("html/no-article.html"));
    Path output = tmp.resolve("one.jsonl");

    ExtractFiles.Summary summary =
        ExtractFiles.run(file, "https://gazette.example/local/union-review", output, null);

    assertThat(summary).isEqualTo(new ExtractFiles.Summary(1, 1, 0));
    JsonNode line = read(output).get(0);
    assertThat(line.get("file").asText()).isEqualTo("page.html");
    assertThat(line.get("url").asText()).isEqualTo("https://gazette.example/local/union-review");
    assertThat(line.get("title").asText()).isEqualTo("Union calls for independent review");
    assertThat(line.get("published").isNull()).isTrue();
  }

  @Test
  void aMissingInputIsAnError() {
    assertThatThrownBy(() -> ExtractFiles.run(tmp.resolve("nope"), null, tmp.resolve("o"), null))
        .isInstanceOf(NoSuchFileException.class);
  }

  private static List<JsonNode> read(Path jsonl) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }
}
