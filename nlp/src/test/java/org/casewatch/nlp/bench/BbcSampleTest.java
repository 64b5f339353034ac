package org.casewatch.nlp.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BbcSampleTest {

  @TempDir Path dir;

  private void writeSplit(String split, int rows) throws IOException {
    StringBuilder csv = new StringBuilder("text,category\n");
    for (int i = 0; i < rows; i++) {
      csv.append("\"Article ").append(i).append(", with \"\"quotes\"\".\",sport\n");
    }
    try (OutputStream o =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve(split + ".csv.gz")))) {
      o.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void spreadsTheSampleEvenlyAndReproducibly() throws IOException {
    writeSplit("test", 10);

    List<BbcSample.Document> docs = BbcSample.spread(dir, "test", 4);

    assertThat(docs)
        .extracting(BbcSample.Document::id)
        .containsExactly("test#0", "test#2", "test#5", "test#7");
    assertThat(BbcSample.spread(dir, "test", 4)).isEqualTo(docs);
    BbcSample.Document first = docs.get(0);
    assertThat(first.text()).isEqualTo("Article 0, with \"quotes\".");
    assertThat(first.category()).isEqualTo("sport");
    assertThat(first.tokens()).isEqualTo(BbcSample.tokens(first.text()));
    assertThat(first.head()).isEqualTo(first.text());
  }

  @Test
  void aSampleLargerThanTheSplitIsTheWholeSplit() throws IOException {
    writeSplit("val", 2);
    assertThat(BbcSample.spread(dir, "val", 5)).hasSize(2);
  }

  @Test
  void countsPtbTokens() {
    assertThat(BbcSample.tokens("Mr. Smith didn't go.")).isEqualTo(6);
    assertThat(BbcSample.tokens("")).isZero();
  }

  @Test
  void refusesAMissingSplitAndAnEmptySample() {
    assertThatThrownBy(() -> BbcSample.spread(dir, "test", 3))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> BbcSample.spread(dir, "test", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void headShortensLongTexts() {
    BbcSample.Document d = new BbcSample.Document("t#0", "tech", "word ".repeat(40), 40);
    assertThat(d.head()).hasSize(53).endsWith("...");
  }
}
