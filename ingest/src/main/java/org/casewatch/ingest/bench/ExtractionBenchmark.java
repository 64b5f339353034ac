package org.casewatch.ingest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.extract.ExtractionException;

/**
 * Scores casewatch's {@link ArticleExtractor} and boilerpipe's Java {@code ArticleExtractor} on the
 * Zyte article-extraction benchmark with the {@link ShingleMetric}, in the same run.
 *
 * <p>Pages are split by their position in id order into a development half (even positions) and a
 * held-out half (odd positions); both are reported next to the whole set. Speed is the number of
 * pages our extractor processes per second of CPU time of one thread (so per core, whatever else
 * the machine is doing), parsing included, in a pass after the scoring pass (which warms it up).
 *
 * <p>The data is read from {@code article-extraction-benchmark} in the shared data folder ({@link
 * SharedData}): {@code ground-truth.json} and {@code html/<id>.html.gz}. This is {@code casewatch
 * bench extract}; with {@code verbose} the weakest pages of the development half are listed.
 *
 * <pre>{@code
 * ExtractionBenchmark.Result r = ExtractionBenchmark.run(ExtractionBenchmark.locate(), null);
 * ExtractionBenchmark.print(r, out);
 * }</pre>
 */
public final class ExtractionBenchmark {

  /** The folder of the benchmark under the shared data folder. */
  public static final String DATA_SET = "article-extraction-benchmark";

  /** P, R and F1 of one extractor on one split. */
  public record Score(double precision, double recall, double f1, int documents) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d pages)", precision, recall, f1, documents);
    }
  }

  /** One extractor's scores on the whole set and on both halves. */
  public record Scores(Score all, Score even, Score odd) {}

  /** The outcome of a run. */
  public record Result(
      Scores ours,
      Scores boilerpipe,
      double pagesPerSecondPerCore,
      double boilerpipePagesPerSecondPerCore) {
    /** Our F1 divided by boilerpipe's, on the whole set. */
    public double ratio() {
      return ours.all().f1() / boilerpipe.all().f1();
    }
  }

  private record Page(String id, String url, String expected, String html) {}

  private ExtractionBenchmark() {}

  /** The benchmark folder under the shared data folder, or null when it is absent. */
  public static Path locate() {
    Path set = SharedData.dataset(DATA_SET);
    return Files.isRegularFile(set.resolve("ground-truth.json")) ? set : null;
  }

  /**
   * Runs both extractors over the benchmark in {@code dir}.
   *
   * @param dir the benchmark folder ({@code ground-truth.json}, {@code html/<id>.html.gz})
   * @param verbose where to list the weakest pages of the development half, or null
   * @throws IOException when a file cannot be read
   */
  public static Result run(Path dir, PrintWriter verbose) throws IOException {
    List<Page> pages = load(dir);
    ArticleExtractor ours = new ArticleExtractor();
    Function<Page, String> oursFn = page -> extractOurs(ours, page);
    Function<Page, String> boilerFn = ExtractionBenchmark::extractBoilerpipe;
    Scores oursScores = score(pages, oursFn, verbose);
    Scores boilerScores = score(pages, boilerFn, null);
    double oursSpeed = pagesPerCoreSecond(pages, oursFn);
    double boilerSpeed = pagesPerCoreSecond(pages, boilerFn);
    return new Result(oursScores, boilerScores, oursSpeed, boilerSpeed);
  }

  /** Pages per second of this thread's CPU time, over one pass after the scoring (warm) pass. */
  private static double pagesPerCoreSecond(List<Page> pages, Function<Page, String> fn) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long total = 0;
    for (Page page : pages) {
      total += fn.apply(page).length();
    }
    double seconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    if (total < 0) {
      throw new IllegalStateException("text lengths overflowed"); // keeps the loop's work live
    }
    return seconds <= 0 ? 0 : pages.size() / seconds;
  }

  /** Prints a report of a result. */
  public static void print(Result r, PrintWriter out) {
    out.println(
        "Article extraction benchmark (shingle metric, " + r.ours().all().documents() + " pages)");
    out.println("  casewatch   all  " + r.ours().all());
    out.println("  casewatch   even " + r.ours().even() + "  [development half]");
    out.println("  casewatch   odd  " + r.ours().odd() + "  [held-out half]");
    out.println("  boilerpipe  all  " + r.boilerpipe().all());
    out.println("  boilerpipe  even " + r.boilerpipe().even());
    out.println("  boilerpipe  odd  " + r.boilerpipe().odd());
    out.printf(Locale.ROOT, "  F1 ratio casewatch/boilerpipe: %.3f%n", r.ratio());
    out.printf(
        Locale.ROOT,
        "  speed: casewatch %.0f pages/s/core, boilerpipe %.0f pages/s/core (CPU time of one"
            + " thread, parsing included)%n",
        r.pagesPerSecondPerCore(),
        r.boilerpipePagesPerSecondPerCore());
    out.flush();
  }

  private static Scores score(List<Page> pages, Function<Page, String> fn, PrintWriter verbose) {
    ShingleMetric all = new ShingleMetric();
    ShingleMetric even = new ShingleMetric();
    ShingleMetric odd = new ShingleMetric();
    List<String> weak = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      String text = fn.apply(page);
      ShingleMetric.Counts c = all.add(page.expected(), text);
      (i % 2 == 0 ? even : odd).add(page.expected(), text);
      if (verbose != null && i % 2 == 0) {
        double p = c.tp() + c.fp() == 0 ? 0 : c.tp() / (c.tp() + c.fp());
        double rec = c.tp() + c.fn() == 0 ? 0 : c.tp() / (c.tp() + c.fn());
        if (p < 0.9 || rec < 0.9) {
          weak.add(String.format(Locale.ROOT, "%.2f %.2f %s %s", p, rec, page.id(), page.url()));
        }
      }
    }
    if (verbose != null) {
      weak.forEach(verbose::println);
    }
    int half = pages.size() / 2;
    return new Scores(score(all, pages.size()), score(even, pages.size() - half), score(odd, half));
  }

  private static Score score(ShingleMetric m, int documents) {
    return new Score(m.precision(), m.recall(), m.f1(), documents);
  }

  private static String extractOurs(ArticleExtractor extractor, Page page) {
    try {
      return extractor.extract(page.url(), page.html(), Instant.EPOCH, null).body();
    } catch (ExtractionException e) {
      return "";
    }
  }

  private static String extractBoilerpipe(Page page) {
    try {
      return de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(page.html());
    } catch (de.l3s.boilerpipe.BoilerpipeProcessingException e) {
      return "";
    }
  }

  private static List<Page> load(Path dir) throws IOException {
    JsonNode truth;
    try (InputStream in = Files.newInputStream(dir.resolve("ground-truth.json"))) {
      truth = new ObjectMapper().readTree(in);
    }
    List<String> ids = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      ids.add(it.next().getKey());
    }
    ids.sort(null);
    List<Page> pages = new ArrayList<>();
    for (String id : ids) {
      JsonNode item = truth.get(id);
      Path file = dir.resolve("html").resolve(id + ".html.gz");
      String html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      pages.add(
          new Page(id, item.path("url").asText(""), item.path("articleBody").asText(""), html));
    }
    return pages;
  }
}
