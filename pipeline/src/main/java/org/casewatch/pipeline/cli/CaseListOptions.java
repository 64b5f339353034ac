package org.casewatch.pipeline.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.query.CasePage;
import org.casewatch.index.query.CaseQueries;
import org.casewatch.index.query.CaseQuery;
import org.casewatch.index.query.CaseSort;
import org.casewatch.index.query.CaseSummary;
import org.casewatch.index.query.Params;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The case list of {@code casewatch cases} (its default action): filters, order and page, printed
 * one case per block for a terminal.
 */
final class CaseListOptions {

  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Option(
      names = "--act",
      paramLabel = "ACT",
      description = "Only cases alleging this act (repeatable).")
  List<String> acts = new ArrayList<>();

  @Mixin CaseFilterOptions caseFilters;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Active on or after (YYYY[-MM[-DD]]).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Active up to (YYYY[-MM[-DD]]).")
  String to;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "latest_activity (default), most_sources, status or first_seen.",
      defaultValue = "latest_activity")
  String sort;

  @Option(
      names = {"-n", "--size"},
      paramLabel = "N",
      description = "How many cases (1 to 100, default ${DEFAULT-VALUE}).",
      defaultValue = "20")
  int size;

  @Option(
      names = "--cursor",
      paramLabel = "CURSOR",
      description = "Continue after a previous page.")
  String cursor;

  @Mixin ElasticsearchOptions elasticsearch;

  /** Lists the cases; returns the exit code. */
  int run(PrintWriter out) throws java.io.IOException {
    CaseQuery query =
        CaseQuery.builder()
            .statuses(caseFilters.statuses)
            .acts(acts)
            .organisations(caseFilters.organisations)
            .countries(caseFilters.countries)
            .sectors(caseFilters.sectors)
            .fromDate(from == null ? null : Params.dateStart("--from", from))
            .toDate(to == null ? null : Params.dateEnd("--to", to))
            .sort(Params.choice("--sort", sort, CaseSort.class))
            .size(Params.size("--size", size, Params.MAX_SIZE))
            .cursor(cursor)
            .build();
    try (ElasticsearchClient client = ElasticsearchClients.create(elasticsearch.connect(out))) {
      CasePage page = new CaseQueries(client).list(query);
      out.println();
      out.printf(Locale.ROOT, "%d case%s%n%n", page.total(), page.total() == 1 ? "" : "s");
      for (CaseSummary c : page.cases()) {
        print(out, c);
      }
      if (page.nextCursor() != null) {
        out.println("More: add --cursor " + page.nextCursor());
      }
      out.flush();
      return 0;
    }
  }

  static void print(PrintWriter out, CaseSummary c) {
    out.println(TerminalText.safe(c.title(), 110));
    out.printf(
        Locale.ROOT,
        "    %s · %s to %s · %d publisher%s, %d document%s · %s%n",
        TerminalText.safe(c.status()).replace('_', ' '),
        c.firstSeen() == null ? "?" : DATE.format(c.firstSeen()),
        c.lastActivity() == null ? "?" : DATE.format(c.lastActivity()),
        c.publisherCount(),
        c.publisherCount() == 1 ? "" : "s",
        c.documentCount(),
        c.documentCount() == 1 ? "" : "s",
        TerminalText.safe(c.id()));
    out.println("    timeline: ./casewatch case " + TerminalText.safe(c.id()));
    out.println();
  }
}
