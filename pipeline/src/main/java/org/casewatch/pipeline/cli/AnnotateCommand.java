package org.casewatch.pipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.casewatch.nlp.AnnotateJsonl;
import org.casewatch.nlp.NlpConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code casewatch annotate --input in.jsonl --output out.jsonl}: runs the NLP annotator over
 * texts, without Flink or Elasticsearch.
 *
 * <p>Each input line is {@code {"id", "text", "published"}} ({@code published} an ISO date or null;
 * relative dates in the text are resolved against it). Each output line has the id, the language,
 * the entities, the allegation claims (accused, accuser, act, modality, who asserts it, incident
 * date, evidence, confidence), the case events (type, date, parties, evidence) and the sentiment. A
 * line that cannot be read becomes an error line; the run goes on. Progress is shown every {@value
 * org.casewatch.nlp.AnnotateJsonl#PROGRESS_EVERY} documents.
 */
@Command(
    name = "annotate",
    description = "Annotate texts (JSON lines: id, text, published) with entities, claims, events.")
final class AnnotateCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "Input JSON lines.")
  Path input;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the annotated JSON lines.")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(input)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--input: no such file: " + input);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Loading the NLP models (about half a minute)...");
    out.flush();
    AnnotateJsonl.Summary summary = AnnotateJsonl.run(input, output, NlpConfig.defaults(), out);
    out.printf(
        Locale.ROOT,
        "%d document%s annotated, %d line%s with errors -> %s%n",
        summary.annotated(),
        summary.annotated() == 1 ? "" : "s",
        summary.errors(),
        summary.errors() == 1 ? "" : "s",
        output);
    out.flush();
    return summary.annotated() == 0 && summary.errors() > 0 ? 1 : 0;
  }
}
