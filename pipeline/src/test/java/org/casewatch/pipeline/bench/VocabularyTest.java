package org.casewatch.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {

  @TempDir Path dir;

  @Test
  void builtInWordsFollowZipf() {
    Vocabulary vocabulary = Vocabulary.builtIn();
    assertThat(vocabulary.size()).isEqualTo(Vocabulary.BUILT_IN_SIZE);
    assertThat(vocabulary.word(0)).isEqualTo("the");
    Map<String, Integer> counts = new HashMap<>();
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 200_000; i++) {
      counts.merge(vocabulary.sample(random), 1, Integer::sum);
    }
    int first = counts.get(vocabulary.word(0));
    int tenth = counts.getOrDefault(vocabulary.word(9), 0);
    assertThat((double) first / tenth).as("rank 1 against rank 10").isBetween(7.0, 13.0);
    assertThat(counts.size()).as("the long tail shows up").isGreaterThan(10_000);
  }

  @Test
  void wordCountsOfACorpusInTheirMostFrequentSpelling() throws Exception {
    write(
        "train.csv.gz",
        "text,category\n\"Blair said the vote. The vote was close, said Blair\",politics\n");
    write("test.csv.gz", "text,category\n\"the budget vote\",business\n");
    Vocabulary vocabulary = Vocabulary.fromBbc(dir);
    assertThat(vocabulary.source()).isEqualTo("word counts of " + dir.getFileName());
    assertThat(vocabulary.word(0)).isEqualTo("the");
    assertThat(vocabulary.word(1)).isEqualTo("vote");
    assertThat(vocabulary.size()).isEqualTo(4); // the, vote, said, Blair (seen twice or more)
    assertThat(java.util.stream.IntStream.range(0, 4).mapToObj(vocabulary::word)).contains("Blair");
  }

  @Test
  void fallsBackToTheBuiltInListWithoutTheCorpus() {
    assertThat(Vocabulary.fromBbcOrBuiltIn(dir.resolve("missing")).source())
        .isEqualTo("built-in Zipf list");
    assertThat(Vocabulary.fromBbcOrBuiltIn(dir).source()).isEqualTo("built-in Zipf list");
  }

  private void write(String name, String text) throws Exception {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
