package org.casewatch.nlp.bench;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.casewatch.model.Annotations;
import org.casewatch.nlp.NlpAnnotator;
import org.casewatch.nlp.NlpAnnotators;
import org.casewatch.nlp.NlpConfig;

/**
 * Throughput benchmark of the casewatch NLP pipeline on the BBC News full-text corpus.
 *
 * <p>Not a test: run it by hand to measure tokens per second and heap after model load.
 *
 * <pre>
 * java -Xmx4g -cp ... org.casewatch.nlp.bench.AnnotatorBenchmark [dataDir] [articles] [sr|pcfg|none]
 * </pre>
 *
 * <p>{@code dataDir} defaults to {@code ../shared/data/bbc-news-fulltext-2225} relative to the
 * working directory (the project root); it must hold {@code test.csv.gz} (columns {@code text},
 * {@code category}). {@code articles} defaults to <b>25</b>; the parser to {@code sr}. The first
 * two articles warm up and are not counted.
 */
public final class AnnotatorBenchmark {

  private static final int WARMUP = 2;

  private AnnotatorBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/bbc-news-fulltext-2225");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    String parser = args.length > 2 ? args[2] : "sr";
    Path csv = dir.resolve("test.csv.gz");
    if (!Files.isRegularFile(csv)) {
      System.out.println("SKIPPED: benchmark corpus not found at " + csv.toAbsolutePath());
      return;
    }
    List<String> texts = readTexts(csv, count + WARMUP);
    NlpConfig.Builder builder = NlpConfig.builder();
    switch (parser) {
      case "pcfg" -> builder.parserModel(NlpConfig.PCFG_PARSER);
      case "none" -> builder.sentiment(false);
      default -> builder.parserModel(NlpConfig.SHIFT_REDUCE_PARSER);
    }
    long loadStart = System.nanoTime();
    try (NlpAnnotator nlp = NlpAnnotators.create(builder.build())) {
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      long heapAfterLoad = usedHeapAfterGc();
      for (int i = 0; i < Math.min(WARMUP, texts.size()); i++) {
        nlp.annotate("", texts.get(i));
      }
      long tokens = 0;
      int partial = 0;
      int docs = 0;
      long start = System.nanoTime();
      for (int i = WARMUP; i < texts.size(); i++) {
        String text = texts.get(i);
        tokens += tokenCount(text);
        Annotations a = nlp.annotate("", text);
        partial += a.partial() ? 1 : 0;
        docs++;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "parser=%s docs=%d tokens=%d seconds=%.1f tokens/s=%.0f partial=%d load=%.1fs"
              + " heapAfterLoad=%dMB heapNow=%dMB rss=%s%n",
          parser,
          docs,
          tokens,
          seconds,
          tokens / seconds,
          partial,
          loadSeconds,
          heapAfterLoad >> 20,
          usedHeapAfterGc() >> 20,
          rss());
    }
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static String rss() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return "n/a";
    }
    return Files.readAllLines(status).stream()
        .filter(l -> l.startsWith("VmRSS:"))
        .map(l -> l.substring(6).trim())
        .findFirst()
        .orElse("n/a");
  }

  private static int tokenCount(String text) {
    int n = 0;
    PTBTokenizer<CoreLabel> tokenizer =
        new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "");
    while (tokenizer.hasNext()) {
      tokenizer.next();
      n++;
    }
    return n;
  }

  /** The first {@code limit} values of the first CSV column (RFC 4180 quoting). */
  static List<String> readTexts(Path csvGz, int limit) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Reader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(csvGz)), StandardCharsets.UTF_8))) {
      boolean header = true;
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      int c;
      while ((c = in.read()) != -1 && texts.size() < limit) {
        if (quoted) {
          if (c == '"') {
            in.mark(1);
            int next = in.read();
            if (next == '"') {
              field.append('"');
            } else {
              quoted = false;
              if (next != -1) {
                in.reset();
              }
            }
          } else {
            field.append((char) c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\n') {
          row.add(field.toString());
          field.setLength(0);
          if (!header && !row.isEmpty()) {
            texts.add(row.get(0));
          }
          header = false;
          row.clear();
        } else if (c != '\r') {
          field.append((char) c);
        }
      }
    }
    return texts;
  }
}
