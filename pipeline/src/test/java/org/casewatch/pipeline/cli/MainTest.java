package org.casewatch.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("demo", "search", "es");
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("frobnicate");
  }

  @Test
  void searchNeedsAQuery() {
    assertThat(run("search")).isEqualTo(2);
    assertThat(err.toString()).contains("QUERY");
  }

  @Test
  void searchSizeIsBounded() {
    assertThat(run("search", "x", "--size", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--size must be between 1 and 100");
    assertThat(run("search", "x", "--size", "many")).isEqualTo(2);
  }

  @Test
  void blankQueryIsAUsageError() {
    assertThat(run("search", " ")).isEqualTo(2);
    assertThat(err.toString()).contains("the query is empty");
  }

  @Test
  void externalClusterWithoutCredentialsFailsBeforeConnecting() {
    assertThat(run("search", "x", "--es-url", "http://127.0.0.1:1")).isEqualTo(1);
    assertThat(err.toString()).contains("--es-url needs credentials");
  }

  @Test
  void extractWritesOneJsonLinePerPage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path pages = java.nio.file.Files.createDirectories(dir.resolve("pages"));
    try (var in =
        Main.class
            .getClassLoader()
            .getResourceAsStream(
                "org/casewatch/pipeline/demo/news/2023/03/corvane-places-vellacott-on-leave.html")) {
      java.nio.file.Files.copy(in, pages.resolve("leave.html"));
    }
    java.nio.file.Files.writeString(pages.resolve("empty.html"), "<html><body></body></html>");
    java.nio.file.Path output = dir.resolve("out.jsonl");
    assertThat(run("extract", "--html", pages.toString(), "--output", output.toString())).isZero();
    assertThat(out.toString()).contains("2 files: 1 extracted, 1 failed");
    java.util.List<String> lines = java.nio.file.Files.readAllLines(output);
    assertThat(lines).hasSize(2);
    assertThat(String.join("\n", lines))
        .contains("\"file\":\"leave.html\"", "Vellacott", "\"error\"");
  }

  @Test
  void extractAndAnnotateNameMissingInputs() {
    assertThat(run("extract", "--html", "no/such/dir", "--output", "x.jsonl")).isEqualTo(2);
    assertThat(err.toString()).contains("no such file or directory");
    assertThat(run("annotate", "--input", "no/such.jsonl", "--output", "x.jsonl")).isEqualTo(2);
    assertThat(err.toString()).contains("--input: no such file");
    assertThat(run("extract", "--html", "x")).isEqualTo(2);
  }

  @Test
  void esNeedsASubcommandAndDemoADuration() {
    assertThat(run("es")).isEqualTo(2);
    assertThat(err.toString()).contains("start, stop or status");
    assertThat(run("demo", "--timeout", "soon")).isEqualTo(2);
  }
}
