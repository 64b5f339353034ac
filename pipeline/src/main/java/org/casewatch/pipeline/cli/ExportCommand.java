package org.casewatch.pipeline.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.query.ExportFormat;
import org.casewatch.index.query.Exporter;
import org.casewatch.index.query.Params;
import org.casewatch.index.query.SearchKind;
import org.casewatch.index.query.SearchQuery;
import org.casewatch.index.query.SearchSort;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code casewatch export}: every hit of a search as CSV or JSON lines, with a header that records
 * the query, the index version and the time, so that a figure can be reproduced.
 */
@Command(
    name = "export",
    description = "Export every document or claim of a search as CSV or JSON lines.")
final class ExportCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Search words (default: all).")
  List<String> words = new ArrayList<>();

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "documents (default) or claims.",
      defaultValue = "documents")
  String kind;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "csv or jsonl (default).",
      defaultValue = "jsonl")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "Where to write; '-' for standard output.")
  String output;

  @Option(names = "--from", paramLabel = "DATE", description = "Published from (YYYY[-MM[-DD]]).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published up to, inclusive.")
  String to;

  @Option(names = "--source", paramLabel = "SOURCE", description = "Repeatable.")
  List<String> sources = new ArrayList<>();

  @Option(names = "--platform", paramLabel = "PLATFORM", description = "Repeatable.")
  List<String> platforms = new ArrayList<>();

  @Option(names = "--entity", paramLabel = "NAME", description = "Repeatable.")
  List<String> entities = new ArrayList<>();

  @Option(names = "--case", paramLabel = "CASE_ID", description = "Repeatable.")
  List<String> cases = new ArrayList<>();

  @Option(names = "--act", paramLabel = "ACT", description = "Claims only; repeatable.")
  List<String> acts = new ArrayList<>();

  @Option(names = "--language", paramLabel = "CODE", description = "Repeatable.")
  List<String> languages = new ArrayList<>();

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "relevance, newest or oldest (default).",
      defaultValue = "oldest")
  String sort;

  @Mixin ElasticsearchOptions elasticsearch;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SearchQuery query =
        SearchQuery.builder(Params.choice("--kind", kind, SearchKind.class))
            .text(String.join(" ", words))
            .fromDate(from == null ? null : Params.dateStart("--from", from))
            .toDate(to == null ? null : Params.dateEnd("--to", to))
            .sources(sources)
            .platforms(platforms)
            .entities(entities)
            .cases(cases)
            .acts(acts)
            .languages(languages)
            .sort(Params.choice("--sort", sort, SearchSort.class))
            .build();
    ExportFormat fmt = Params.choice("--format", format, ExportFormat.class);
    PrintWriter status = spec.commandLine().getErr();
    try (ElasticsearchClient client = ElasticsearchClients.create(elasticsearch.connect(status))) {
      Exporter exporter = new Exporter(client);
      long rows;
      if ("-".equals(output)) {
        rows = exporter.export(query, fmt, spec.commandLine().getOut(), Instant.now());
      } else {
        try (Writer out = Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
          rows = exporter.export(query, fmt, out, Instant.now());
        }
      }
      status.println(
          "Exported "
              + rows
              + " "
              + query.kind().name().toLowerCase(java.util.Locale.ROOT)
              + " to "
              + ("-".equals(output) ? "standard output" : output));
      status.flush();
      return 0;
    }
  }
}
