package org.casewatch.ingest.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.casewatch.ingest.feed.FeedDocument;
import org.casewatch.ingest.feed.FeedParseException;
import org.casewatch.ingest.feed.FeedParser;

/**
 * Runs every file of the shared feedparser and ROME test-feed suites through {@link FeedParser} and
 * scores the title and link checks of feedparser's {@code Expect:} lines.
 *
 * <p>Each feedparser file is read as if served from {@code http://127.0.0.1:8097/<path>} (the
 * address feedparser's own harness uses), with the {@code Content-Type} of its simulated header
 * and, when it has a {@code Content-Location} header, that location as the base URL (what the fetch
 * gateway's final URL would be). A crash is any exception other than {@link FeedParseException}.
 *
 * <p>This is {@code casewatch bench feeds}:
 *
 * <pre>{@code
 * List<SuiteFile> results = FeedSuites.run(SharedData.root());
 * FeedSuites.print(results, out);
 * }</pre>
 */
public final class FeedSuites {

  private static final String DOC_BASE = "http://127.0.0.1:8097/";

  private FeedSuites() {}

  /** The feedparser suite's folder under the shared data folder. */
  public static final String FEEDPARSER = "feedparser-tests";

  /** The ROME suite's folder under the shared data folder. */
  public static final String ROME = "rome-test-feeds";

  /**
   * Runs every file of both suites, in path order; a suite whose folder is absent contributes
   * nothing.
   *
   * @param data the shared data folder, holding {@value #FEEDPARSER} and {@value #ROME}
   * @throws UncheckedIOException when a file cannot be read
   */
  public static List<SuiteFile> run(Path data) {
    FeedParser parser = new FeedParser();
    List<SuiteFile> results = new ArrayList<>();
    Path feedparser = data.resolve(FEEDPARSER);
    Map<String, String[]> index = readIndex(feedparser.resolve("INDEX.tsv"));
    for (Path file : files(feedparser, "tests", "docs")) {
      String rel = feedparser.relativize(file).toString().replace('\\', '/');
      String[] row = index.get(rel);
      String expect = row == null ? "" : row[3];
      String header = row == null || row.length < 5 ? "" : row[4];
      results.add(runOne(parser, "feedparser", rel, category(rel), file, expect, header));
    }
    Path rome = data.resolve(ROME);
    for (Path file : files(rome, "rome", "rome-modules", "rome-opml", "security-payloads")) {
      String rel = rome.relativize(file).toString().replace('\\', '/');
      String category = rel.startsWith("security-payloads/") ? "security" : "rome";
      results.add(runOne(parser, "rome", rel, category, file, "", ""));
    }
    return results;
  }

  private static SuiteFile runOne(
      FeedParser parser,
      String suite,
      String rel,
      String category,
      Path file,
      String expect,
      String header) {
    String contentType = headerValue(header, "content-type");
    String url = DOC_BASE + rel;
    String location = headerValue(header, "content-location");
    if (location != null) {
      URI resolved = URI.create(url).resolve(location.replace(" ", "%20"));
      String scheme = resolved.getScheme();
      if ("http".equals(scheme) || "https".equals(scheme)) {
        url = resolved.toString();
      }
    }
    Optional<Expectation> expectation =
        expect.isBlank() ? Optional.empty() : Expectation.parse(expect);
    boolean skipped = !expect.isBlank() && expectation.isEmpty();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FeedDocument doc;
    try {
      doc = parser.read(url, bytes, contentType);
    } catch (FeedParseException e) {
      Boolean title = expectation.filter(Expectation::checksTitle).map(x -> false).orElse(null);
      Boolean link = expectation.filter(Expectation::checksLink).map(x -> false).orElse(null);
      return new SuiteFile(suite, rel, category, e.kind().name(), null, title, link, skipped);
    } catch (RuntimeException e) {
      return new SuiteFile(suite, rel, category, null, e.toString(), null, null, skipped);
    }
    Boolean title = null;
    Boolean link = null;
    if (expectation.isPresent()) {
      Expectation x = expectation.get();
      title = x.checksTitle() ? x.holds(doc, "title") : null;
      link = x.checksLink() ? x.holds(doc, "link") : null;
    }
    return new SuiteFile(suite, rel, category, null, null, title, link, skipped);
  }

  static String category(String rel) {
    String[] parts = rel.split("/");
    if (parts.length < 2 || !parts[0].equals("tests")) {
      return "other";
    }
    return switch (parts[1]) {
      case "wellformed" -> "well-formed";
      case "illformed" -> "ill-formed";
      case "encoding" -> "encoding";
      case "entities" -> "entities";
      default -> "other";
    };
  }

  private static String headerValue(String header, String name) {
    int colon = header.indexOf(':');
    if (colon < 0 || !header.substring(0, colon).strip().equalsIgnoreCase(name)) {
      return null;
    }
    return header.substring(colon + 1).strip();
  }

  private static List<Path> files(Path root, String... dirs) {
    List<Path> files = new ArrayList<>();
    for (String dir : dirs) {
      Path d = root.resolve(dir);
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(d)) {
        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** INDEX.tsv rows by path; quoted fields follow CSV rules ({@code ""} is one quote). */
  private static Map<String, String[]> readIndex(Path tsv) {
    Map<String, String[]> rows = new HashMap<>();
    if (!Files.isRegularFile(tsv)) {
      return rows;
    }
    try {
      for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
        String[] fields = line.split("\t", -1);
        for (int i = 0; i < fields.length; i++) {
          String f = fields[i];
          if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
            fields[i] = f.substring(1, f.length() - 1).replace("\"\"", "\"");
          }
        }
        rows.put(fields[0], fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** Prints the summary table: all files, refusals by kind, each category, and every crash. */
  public static void print(List<SuiteFile> results, PrintWriter out) {
    SuiteSummary all = SuiteSummary.of("all", results);
    out.printf(Locale.ROOT, "feed suites: %s%n", all.line());
    out.printf(Locale.ROOT, "  refused by kind: %s%n", all.refusedByKind());
    List<String> groups =
        List.of("well-formed", "ill-formed", "encoding", "entities", "other", "rome", "security");
    for (String group : groups) {
      List<SuiteFile> in = results.stream().filter(r -> r.category().equals(group)).toList();
      out.printf(Locale.ROOT, "  %-12s %s%n", group, SuiteSummary.of(group, in).line());
    }
    List<SuiteFile> core = results.stream().filter(SuiteFile::rssAtomRdf).toList();
    out.printf(Locale.ROOT, "  %-12s %s%n", "rss+atom+rdf", SuiteSummary.of("core", core).line());
    results.stream()
        .filter(r -> r.crash() != null)
        .forEach(r -> out.printf(Locale.ROOT, "  CRASH %s %s%n", r.path(), r.crash()));
    results.stream()
        .filter(r -> r.category().equals("security") && r.path().endsWith(".xml"))
        .forEach(
            r ->
                out.printf(
                    Locale.ROOT,
                    "  payload %s: %s%n",
                    r.path(),
                    r.refusedKind() != null
                        ? "refused (" + r.refusedKind() + ")"
                        : r.crash() != null ? "CRASH" : "PARSED"));
    out.flush();
  }
}
