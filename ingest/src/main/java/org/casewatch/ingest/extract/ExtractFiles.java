package org.casewatch.ingest.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.casewatch.ingest.internal.Charsets;
import org.casewatch.ingest.internal.ContentDecoding;
import org.casewatch.model.Article;

/**
 * Runs the {@link ArticleExtractor} over HTML files on disk and writes one JSON line per file: the
 * runner behind {@code casewatch extract --html <file-or-directory> [--url URL] --output
 * out.jsonl}.
 *
 * <p>Input: one file, or every {@code .html}, {@code .htm}, {@code .html.gz} and {@code .htm.gz}
 * file under a directory (recursively, in path order). Gzip files are decompressed, at most {@link
 * #MAX_HTML_BYTES} bytes. Each line has {@code file} (path relative to the input, with {@code /};
 * the file name when the input is a file), {@code url}, {@code title}, {@code byline}, {@code
 * published} (ISO-8601 instant), {@code language}, {@code text}, and also {@code modified}, {@code
 * site_name}, {@code canonical_url}, {@code paywalled} and {@code kind}; absent values are {@code
 * null}. {@code url} is the given URL, else the page's canonical URL. A file that cannot be read or
 * yields no article becomes a line with {@code file}, {@code url}, {@code error} (the message) and
 * {@code error_kind} ({@code EMPTY}, {@code NOT_HTML}, {@code IO} or {@code INTERNAL}); the run
 * goes on.
 *
 * <pre>{@code
 * ExtractFiles.Summary s = ExtractFiles.run(Path.of("pages"), null, Path.of("out.jsonl"), out);
 * }</pre>
 */
public final class ExtractFiles {

  /** Largest HTML accepted per file, after decompression: **16 MiB**. */
  public static final long MAX_HTML_BYTES = 16L << 20;

  /** Progress is reported every **100** files (and once at the end). */
  public static final int PROGRESS_EVERY = 100;

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /**
   * The outcome of a run.
   *
   * @param files the HTML files found
   * @param ok the files written with an article
   * @param failed the files written as an error line
   */
  public record Summary(int files, int ok, int failed) {}

  private ExtractFiles() {}

  /**
   * Extracts every HTML file of {@code input} into {@code output} (created or replaced).
   *
   * @param input an HTML file or a directory of them
   * @param url the page URL (base for relative links and the {@code url} field), or null
   * @param output the JSON-lines file to write
   * @param progress where to report progress, or null for silence
   * @throws IOException when the input cannot be listed or the output cannot be written
   */
  public static Summary run(Path input, String url, Path output, PrintWriter progress)
      throws IOException {
    List<Path> files = list(input);
    ArticleExtractor extractor = new ArticleExtractor();
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    int ok = 0;
    int failed = 0;
    try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (Path file : files) {
        String name = relative(input, file);
        Map<String, Object> line = extractOne(extractor, file, name, url);
        if (line.containsKey("error")) {
          failed++;
        } else {
          ok++;
        }
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
        if (progress != null && (ok + failed) % PROGRESS_EVERY == 0) {
          progress.printf(Locale.ROOT, "%d/%d files%n", ok + failed, files.size());
          progress.flush();
        }
      }
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a JSON line could not be written", e);
    }
    if (progress != null) {
      progress.printf(
          Locale.ROOT,
          "%d files: %d extracted, %d failed -> %s%n",
          files.size(),
          ok,
          failed,
          output);
      progress.flush();
    }
    return new Summary(files.size(), ok, failed);
  }

  private static Map<String, Object> extractOne(
      ArticleExtractor extractor, Path file, String name, String url) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("file", name);
    line.put("url", url);
    try {
      byte[] html = read(file);
      ExtractedPage page =
          extractor.extractPage(
              url == null ? "" : url, html, Charsets.fromBom(html), Instant.EPOCH, null);
      Article a = page.article();
      if (url == null && !a.canonicalUrl().isEmpty()) {
        line.put("url", a.canonicalUrl());
      }
      line.put("title", a.title().isEmpty() ? null : a.title());
      line.put("byline", page.byline());
      line.put("published", a.publishedAt() == null ? null : a.publishedAt().toString());
      line.put("language", page.language());
      line.put("text", a.body());
      line.put("modified", page.modifiedAt() == null ? null : page.modifiedAt().toString());
      line.put("site_name", page.siteName());
      line.put("canonical_url", a.canonicalUrl().isEmpty() ? null : a.canonicalUrl());
      line.put("paywalled", page.paywalled());
      line.put("kind", page.kind().name());
    } catch (ExtractionException e) {
      error(line, e.reason().name(), e.getMessage());
    } catch (IOException e) {
      error(line, "IO", e.toString());
    } catch (RuntimeException e) {
      // One malformed page must not end a batch run; the failure is kept on its line.
      error(line, "INTERNAL", e.toString());
    }
    return line;
  }

  private static void error(Map<String, Object> line, String kind, String message) {
    line.put("error", message);
    line.put("error_kind", kind);
  }

  private static byte[] read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    InputStream in = Files.newInputStream(file);
    return ContentDecoding.readCapped(
        name.endsWith(".gz") ? new GZIPInputStream(in) : in, MAX_HTML_BYTES);
  }

  private static List<Path> list(Path input) throws IOException {
    if (!Files.isDirectory(input)) {
      if (!Files.isRegularFile(input)) {
        throw new java.nio.file.NoSuchFileException(input.toString());
      }
      return List.of(input);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(input)) {
      walk.filter(Files::isRegularFile).filter(ExtractFiles::isHtml).sorted().forEach(files::add);
    }
    return files;
  }

  static boolean isHtml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html")
        || name.endsWith(".htm")
        || name.endsWith(".html.gz")
        || name.endsWith(".htm.gz");
  }

  private static String relative(Path input, Path file) {
    if (!Files.isDirectory(input)) {
      return file.getFileName().toString();
    }
    return input.relativize(file).toString().replace('\\', '/');
  }
}
