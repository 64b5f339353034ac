package org.casewatch.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.casewatch.ingest.bench.ConformanceScore;
import org.casewatch.ingest.bench.ExtractionBenchmark;
import org.casewatch.ingest.bench.FeedSuites;
import org.casewatch.ingest.bench.RobotsConformance;
import org.casewatch.ingest.bench.SuiteFile;
import org.casewatch.nlp.NlpConfig;
import org.casewatch.nlp.bench.NlpBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code casewatch bench <what>}: the benchmarks whose numbers the issues set targets for, each
 * measured against its baseline in the same run. They read third-party data sets from the shared
 * data folder ({@code --shared-data}, else the system property {@code casewatch.shared.data}, else
 * {@code ../shared/data} relative to the project root), never from the network, and print a report;
 * a missed target is reported, not an error.
 *
 * <ul>
 *   <li>{@code nlp}: tokens per second per core of casewatch's annotator, of CoreNLP with every
 *       annotator on and of CoreNLP's floor, heap, and the claim gate's F1 cost;
 *   <li>{@code robots}: robots.txt conformance, ours against crawler-commons alone;
 *   <li>{@code extract}: article extraction P/R/F1 against boilerpipe, pages per second per core;
 *   <li>{@code feeds}: the feedparser and ROME feed suites;
 *   <li>{@code queries}: ingest (sink against a plain {@code _bulk} loop) and query latency on a
 *       generated corpus ({@link BenchQueriesCommand}).
 * </ul>
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks: nlp, robots, extract, feeds, queries (numbers against a baseline).",
    subcommands = {
      BenchCommand.Nlp.class,
      BenchCommand.Robots.class,
      BenchCommand.Extract.class,
      BenchCommand.Feeds.class,
      BenchQueriesCommand.class
    })
final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The {@code --shared-data} option every benchmark has. */
  static final class SharedDataOption {
    @Option(
        names = "--shared-data",
        paramLabel = "DIR",
        description =
            "The shared data folder (default: -Dcasewatch.shared.data, else ../shared/data"
                + " relative to the project root).")
    Path dir;

    /** The shared data folder; it may not exist. */
    Path resolve() {
      if (dir != null) {
        return dir;
      }
      String configured = System.getProperty("casewatch.shared.data");
      if (configured != null && !configured.isBlank()) {
        return Path.of(configured);
      }
      return projectRoot().resolve("../shared/data").normalize();
    }

    /** The data set {@code name} inside the shared folder, which must exist. */
    Path dataset(String name) throws NoSuchFileException {
      Path set = resolve().resolve(name);
      if (!Files.exists(set)) {
        throw new NoSuchFileException(
            set.toString(), null, "benchmark data not found; pass --shared-data DIR");
      }
      return set;
    }
  }

  /**
   * The project root: the nearest folder, from the working directory up, with a {@code pom.xml} and
   * the {@code nlp} module; the working directory when there is none.
   */
  static Path projectRoot() {
    Path cwd = Path.of("").toAbsolutePath();
    for (Path p = cwd; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("nlp"))) {
        return p;
      }
    }
    return cwd;
  }

  @Command(
      name = "nlp",
      mixinStandardHelpOptions = true,
      description =
          "Tokens/s per core of (a) casewatch's annotator, (b) CoreNLP with every annotator on,"
              + " (c) tokenize+ssplit+pos, on a fixed BBC sample; heap; the claim gate's F1 cost.")
  static final class Nlp implements Callable<Integer> {

    @Mixin SharedDataOption shared;

    @Option(
        names = "--docs",
        paramLabel = "N",
        description =
            "Sample size: N BBC test articles spread over the split (default: "
                + NlpBenchmark.DEFAULT_DOCS
                + ").")
    int docs = NlpBenchmark.DEFAULT_DOCS;

    @Option(
        names = "--gold",
        paramLabel = "FILE",
        description =
            "Gold set of the gate check (default: "
                + NlpBenchmark.DEFAULT_GOLD
                + " in the project).")
    Path gold;

    @Option(names = "--no-gate", description = "Skip the gate check (gold evaluation).")
    boolean noGate;

    @Option(
        names = "--no-full",
        description = "Skip (b), CoreNLP with every annotator (minutes, and a large heap).")
    boolean noFull;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (docs < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--docs must be at least 1");
      }
      Path root = projectRoot();
      Path data = shared.resolve();
      shared.dataset(org.casewatch.nlp.bench.BbcSample.DATA_SET);
      Path goldFile = noGate ? null : gold != null ? gold : root.resolve(NlpBenchmark.DEFAULT_GOLD);
      PrintWriter out = spec.commandLine().getOut();
      NlpBenchmark.Options options =
          new NlpBenchmark.Options(data, root, goldFile, docs, !noFull, NlpConfig.defaults());
      NlpBenchmark.print(NlpBenchmark.run(options, out), out);
      return 0;
    }
  }

  @Command(
      name = "robots",
      mixinStandardHelpOptions = true,
      description =
          "Robots.txt conformance on Google's spec test cases: casewatch vs crawler-commons alone,"
              + " with every remaining failure.")
  static final class Robots implements Callable<Integer> {

    private static final String CRAWLER_COMMONS_LOG_LEVEL =
        "org.slf4j.simpleLogger.log.crawlercommons";

    @Mixin SharedDataOption shared;

    @Option(
        names = "--cases",
        paramLabel = "FILE",
        description = "The cases file (default: robotstxt-conformance/spec-test-cases.jsonl).")
    Path cases;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      Path file =
          cases != null
              ? cases
              : shared.dataset(RobotsConformance.DATA_SET).resolve(RobotsConformance.CASES);
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString(), null, "no such cases file");
      }
      // crawler-commons warns about every odd line of the suite (slf4j-simple, read when its
      // logger is created); the report says what matters.
      if (System.getProperty(CRAWLER_COMMONS_LOG_LEVEL) == null) {
        System.setProperty(CRAWLER_COMMONS_LOG_LEVEL, "error");
      }
      ConformanceScore score = RobotsConformance.run(file);
      PrintWriter out = spec.commandLine().getOut();
      out.print(RobotsConformance.report(score));
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "extract",
      mixinStandardHelpOptions = true,
      description =
          "Article extraction P/R/F1 (the benchmark's shingle metric), casewatch vs boilerpipe,"
              + " and pages/s per core.")
  static final class Extract implements Callable<Integer> {

    @Mixin SharedDataOption shared;

    @Option(
        names = "--data",
        paramLabel = "DIR",
        description =
            "The benchmark folder (default: article-extraction-benchmark in the shared data).")
    Path data;

    @Option(names = "--verbose", description = "List the weakest pages of the development half.")
    boolean verbose;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      Path dir = data != null ? data : shared.dataset(ExtractionBenchmark.DATA_SET);
      if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
        throw new NoSuchFileException(
            dir.resolve("ground-truth.json").toString(), null, "not an extraction benchmark");
      }
      PrintWriter out = spec.commandLine().getOut();
      ExtractionBenchmark.print(ExtractionBenchmark.run(dir, verbose ? out : null), out);
      return 0;
    }
  }

  @Command(
      name = "feeds",
      mixinStandardHelpOptions = true,
      description =
          "Every file of the feedparser and ROME test-feed suites through the feed parser:"
              + " crashes, refusals, title and link matches.")
  static final class Feeds implements Callable<Integer> {

    @Mixin SharedDataOption shared;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      Path data = shared.resolve();
      if (!Files.isDirectory(data.resolve(FeedSuites.FEEDPARSER))
          && !Files.isDirectory(data.resolve(FeedSuites.ROME))) {
        shared.dataset(FeedSuites.FEEDPARSER);
      }
      List<SuiteFile> results = FeedSuites.run(data);
      FeedSuites.print(results, spec.commandLine().getOut());
      return 0;
    }
  }
}
