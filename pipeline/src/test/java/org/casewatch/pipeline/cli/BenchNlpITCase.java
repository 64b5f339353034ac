package org.casewatch.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code casewatch bench nlp} with the real CoreNLP models on a tiny corpus in the BBC corpus's
 * shape (our own sentences) and two demo documents of the development gold set: the report's shape
 * and sane numbers, never timings. (b), CoreNLP with every annotator, is left out ({@code
 * --no-full}): it is the same code path as the floor with a longer annotator list, and loading its
 * models takes minutes.
 */
class BenchNlpITCase {

  private static final Path GOLD = Path.of("../nlp/src/test/resources/gold/dev.jsonl");

  @TempDir Path dir;

  @Test
  void measuresOursAndTheFloorAndTheGate() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("bbc-news-fulltext-2225"));
    writeCsv(
        corpus.resolve("test.csv.gz"),
        List.of(
            "Harbour plan approved. The council of Wrenmouth approved the harbour plan on"
                + " Tuesday. Residents said they would appeal.",
            "Chip maker grows. A chip maker in Corvane said sales rose by a fifth last year.",
            "Manager accused. A former employee has accused her manager, Graham Vellacott, of"
                + " sexual harassment. Mr Vellacott denies the allegation."));
    writeCsv(corpus.resolve("val.csv.gz"), List.of("Warm up. This sentence warms the models up."));
    List<String> demo =
        Files.readAllLines(GOLD, StandardCharsets.UTF_8).stream()
            .filter(l -> l.contains("\"source\": \"demo\""))
            .limit(2)
            .toList();
    Path gold = dir.resolve("gold.jsonl");
    Files.write(gold, demo, StandardCharsets.UTF_8);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code =
        cli.execute(
            "bench",
            "nlp",
            "--docs",
            "2",
            "--no-full",
            "--shared-data",
            dir.toString(),
            "--gold",
            gold.toString());

    String report = out.toString();
    assertThat(code).as(err + report).isZero();
    assertThat(report)
        .contains("NLP benchmark: 2 documents of bbc-news-fulltext-2225/test.csv.gz")
        .contains("test#0", "test#1")
        .contains("gate check: 2 gold documents")
        .contains("(a)/(c) = ")
        .contains("gate: claim F1 gated")
        .doesNotContain("(b) CoreNLP all");
    assertThat(tokensPerCore(report, "(a) casewatch")).isPositive();
    assertThat(tokensPerCore(report, "(c) floor"))
        .isGreaterThan(tokensPerCore(report, "(a) casewatch"));
    assertThat(report).containsPattern("\\(a\\) heap after GC [0-9,]+ MB");
  }

  /** The tok/s/core column of a pipeline's row of the report. */
  private static double tokensPerCore(String report, String label) {
    Matcher m =
        Pattern.compile(Pattern.quote(label) + "\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s").matcher(report);
    assertThat(m.find()).as(report).isTrue();
    assertThat(Integer.parseInt(m.group(1))).isEqualTo(2);
    return Double.parseDouble(m.group(3));
  }

  private static void writeCsv(Path file, List<String> texts) throws IOException {
    StringBuilder csv = new StringBuilder("text,category\n");
    for (String t : texts) {
      csv.append('"').append(t.replace("\"", "\"\"")).append("\",business\n");
    }
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
      o.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
  }
}
