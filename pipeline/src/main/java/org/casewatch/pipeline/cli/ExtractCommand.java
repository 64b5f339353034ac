package org.casewatch.pipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.casewatch.ingest.extract.ExtractFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code casewatch extract --html <file-or-directory> [--url URL] --output out.jsonl}: runs the
 * article extractor over saved HTML pages.
 *
 * <p>Writes one JSON line per {@code .html} or {@code .html.gz} file, with {@code file} (the path
 * relative to the input), {@code url}, {@code title}, {@code byline}, {@code published}, {@code
 * language} and {@code text}; a file that cannot be read or extracted gets a line with an {@code
 * error} field instead. Nothing is fetched from the network.
 */
@Command(
    name = "extract",
    description = "Extract the articles of saved HTML pages (.html, .html.gz) to JSON lines.")
final class ExtractCommand implements Callable<Integer> {

  @Option(
      names = "--html",
      required = true,
      paramLabel = "PATH",
      description = "An HTML file, or a directory searched for .html and .html.gz files.")
  Path input;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "The URL the page came from (resolves relative links; one file only).")
  String url;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the JSON lines.")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(input)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--html: no such file or directory: " + input);
    }
    if (url != null && Files.isDirectory(input)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--url applies to a single file, not to a directory");
    }
    PrintWriter out = spec.commandLine().getOut();
    ExtractFiles.Summary summary = ExtractFiles.run(input, url, output, out);
    out.printf(
        Locale.ROOT,
        "%d file%s: %d extracted, %d failed (see their \"error\" field) -> %s%n",
        summary.files(),
        summary.files() == 1 ? "" : "s",
        summary.ok(),
        summary.failed(),
        output);
    out.flush();
    return summary.files() > 0 && summary.ok() == 0 ? 1 : 0;
  }
}
