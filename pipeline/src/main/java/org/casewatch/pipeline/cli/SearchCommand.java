package org.casewatch.pipeline.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.query.DocumentSearch;
import org.casewatch.index.query.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code casewatch search <query>}: full-text search over the indexed documents.
 *
 * <p>The query is simple query syntax over title, body, lemmas and entity names: words, {@code
 * "quoted phrases"}, {@code -excluded} words and {@code |} for or. Each hit shows its title, date,
 * source, URL, entities and sentiment.
 */
@Command(
    name = "search",
    description = "Search the indexed documents (words, \"phrases\", -exclusions, a | b).")
final class SearchCommand implements Callable<Integer> {

  /** Default number of hits shown: **10**. */
  static final int DEFAULT_SIZE = 10;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
  List<String> words;

  @Option(
      names = {"-n", "--size"},
      paramLabel = "N",
      description = "How many documents to show (1 to 100, default ${DEFAULT-VALUE}).",
      defaultValue = "10")
  int size;

  @Option(
      names = "--exact-total",
      description =
          "Count every match (by default counting stops at 10,000, shown as \"10,000+\").")
  boolean exactTotal;

  @Mixin ElasticsearchOptions elasticsearch;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (size < 1 || size > DocumentSearch.MAX_SIZE) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--size must be between 1 and " + DocumentSearch.MAX_SIZE);
    }
    String query = String.join(" ", words).strip();
    if (query.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "the query is empty");
    }
    PrintWriter out = spec.commandLine().getOut();
    ElasticsearchConnection connection = elasticsearch.connect(out);
    try (ElasticsearchClient client = ElasticsearchClients.create(connection)) {
      SearchResult result = new DocumentSearch(client).search(query, size, exactTotal);
      out.println();
      out.printf(
          Locale.ROOT,
          "%s document%s match \"%s\"%s%n%n",
          total(result.total(), result.totalExact()),
          result.total() == 1 && result.totalExact() ? "" : "s",
          TerminalText.safe(query),
          result.total() > result.hits().size() ? " (showing " + result.hits().size() + ")" : "");
      int rank = 1;
      for (var hit : result.hits()) {
        HitPrinter.print(out, rank++, hit);
        out.println();
      }
      out.flush();
      return 0;
    }
  }

  /** A total as the terminal shows it: {@code 1,234}, or {@code 10,000+} for a lower bound. */
  static String total(long total, boolean exact) {
    return String.format(Locale.ROOT, "%,d", total) + (exact ? "" : "+");
  }
}
