package org.casewatch.nlp.bench;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.casewatch.nlp.eval.internal.Csv;

/**
 * A fixed, reproducible sample of the BBC News full-text corpus ({@code
 * bbc-news-fulltext-2225/<split>.csv.gz}, columns {@code text} and {@code category}).
 *
 * <p>How: {@code n} rows spread evenly over the split (row {@code i * size / n} for {@code i = 0 ..
 * n-1}), so every category is represented and the same {@code n} always gives the same documents.
 * Each document's size is counted once in PTB tokens (CoreNLP's default tokenizer), so that every
 * pipeline is divided by the same number of tokens.
 */
public final class BbcSample {

  /** The corpus folder under the shared data folder. */
  public static final String DATA_SET = "bbc-news-fulltext-2225";

  /** The split the sample is drawn from: <b>test</b> (335 articles). */
  public static final String SAMPLE_SPLIT = "test";

  /** The split warm-up documents come from (never measured): <b>val</b>. */
  public static final String WARMUP_SPLIT = "val";

  /**
   * One article of the sample.
   *
   * @param id {@code <split>#<row>} (row 0 is the first article after the header)
   * @param category the corpus label (business, entertainment, politics, sport, tech)
   * @param text the article text
   * @param tokens its number of PTB tokens
   */
  public record Document(String id, String category, String text, int tokens) {

    /** The first words of the text, for listing which documents were used. */
    public String head() {
      String t = text.strip().replaceAll("\\s+", " ");
      return t.length() <= 50 ? t : t.substring(0, 50) + "...";
    }
  }

  private BbcSample() {}

  /**
   * {@code n} documents spread evenly over {@code split} (all of them when it has fewer).
   *
   * @param corpus the {@value #DATA_SET} folder
   * @throws NoSuchFileException when the split's file is missing
   */
  public static List<Document> spread(Path corpus, String split, int n) throws IOException {
    if (n < 1) {
      throw new IllegalArgumentException("n must be positive, was " + n);
    }
    List<List<String>> rows = read(corpus.resolve(split + ".csv.gz"));
    int size = rows.size() - 1;
    int text = rows.get(0).indexOf("text");
    int category = rows.get(0).indexOf("category");
    if (text < 0 || category < 0) {
      throw new IOException("no text or category column in " + split + ".csv.gz");
    }
    List<Document> docs = new ArrayList<>();
    int count = Math.min(n, size);
    for (int i = 0; i < count; i++) {
      int row = (int) ((long) i * size / count);
      List<String> r = rows.get(row + 1);
      docs.add(new Document(split + "#" + row, r.get(category), r.get(text), tokens(r.get(text))));
    }
    return docs;
  }

  /** The number of PTB tokens of {@code text}. */
  public static int tokens(String text) {
    PTBTokenizer<CoreLabel> tokenizer =
        new PTBTokenizer<>(
            new StringReader(text), new CoreLabelTokenFactory(), "untokenizable=noneDelete");
    int n = 0;
    while (tokenizer.hasNext()) {
      tokenizer.next();
      n++;
    }
    return n;
  }

  private static List<List<String>> read(Path csvGz) throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(csvGz)), StandardCharsets.UTF_8))) {
      List<List<String>> rows = Csv.read(in);
      if (rows.isEmpty()) {
        throw new IOException("empty corpus file " + csvGz);
      }
      return rows;
    }
  }
}
