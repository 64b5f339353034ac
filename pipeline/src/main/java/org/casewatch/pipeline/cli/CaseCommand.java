package org.casewatch.pipeline.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.query.CaseQueries;
import org.casewatch.index.query.Params;
import org.casewatch.index.query.Party;
import org.casewatch.index.query.SourceLink;
import org.casewatch.index.query.Timeline;
import org.casewatch.index.query.TimelineEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code casewatch case <id>}: one case's timeline for a terminal, earliest event first, each with
 * its date (incident or report), type, parties, quote and every outlet that reported it.
 */
@Command(name = "case", description = "Show one case's timeline, with its sources.")
final class CaseCommand implements Callable<Integer> {

  @Parameters(paramLabel = "CASE_ID", description = "The case id (from 'casewatch cases').")
  String id;

  @Mixin ElasticsearchOptions elasticsearch;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Params.id("CASE_ID", id);
    PrintWriter out = spec.commandLine().getOut();
    try (ElasticsearchClient client = ElasticsearchClients.create(elasticsearch.connect(out))) {
      print(out, new CaseQueries(client).timeline(id));
      out.flush();
      return 0;
    }
  }

  static void print(PrintWriter out, Timeline t) {
    out.println();
    if (t.requestedId() != null) {
      out.println("(" + TerminalText.safe(t.requestedId()) + " was merged into this case)");
    }
    CaseListOptions.print(out, t.summary());
    out.println(
        "Every entry is what the listed sources reported; allegations are allegations, not"
            + " findings.");
    out.println();
    for (TimelineEntry e : t.entries()) {
      out.printf(
          Locale.ROOT,
          "%-10s  %s  (%s date)%n",
          TerminalText.safe(e.date()),
          TerminalText.safe(e.type()).replace('_', ' '),
          "incident".equals(e.dateKind()) ? "incident" : "report");
      if (!e.parties().isEmpty()) {
        out.println(
            "            "
                + e.parties().stream().map(CaseCommand::party).collect(Collectors.joining(", ")));
      }
      if (e.quote() != null && !e.quote().isBlank()) {
        out.println("            \"" + TerminalText.safe(e.quote(), 200) + "\"");
      }
      for (SourceLink s : e.sources()) {
        out.printf(
            Locale.ROOT,
            "            - %s %s %s%n",
            s.publishedAt() == null ? "undated   " : CaseListOptions.DATE.format(s.publishedAt()),
            TerminalText.safe(s.publisher() == null ? s.source() : s.publisher(), 40),
            TerminalText.safe(s.url(), 120));
      }
      out.println();
    }
    out.printf(
        Locale.ROOT,
        "%d entr%s from %d event report%s%n",
        t.entries().size(),
        t.entries().size() == 1 ? "y" : "ies",
        t.eventCount(),
        t.eventCount() == 1 ? "" : "s");
  }

  private static String party(Party p) {
    return TerminalText.safe(p.name(), 60)
        + (p.role() == null || p.role().isEmpty() ? "" : " (" + TerminalText.safe(p.role()) + ")");
  }
}
