package org.casewatch.pipeline.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.query.Breakdown;
import org.casewatch.index.query.Count;
import org.casewatch.index.query.HistogramBucket;
import org.casewatch.index.query.Interval;
import org.casewatch.index.query.Params;
import org.casewatch.index.query.SentimentPoint;
import org.casewatch.index.query.Series;
import org.casewatch.index.query.TermScore;
import org.casewatch.index.query.TrendFilter;
import org.casewatch.index.query.Trends;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code casewatch trends <view>}: the researcher's aggregate views as plain-text tables. Accusers
 * who are not public figures never appear in them.
 *
 * <p>The filter options are those of {@code casewatch search} and {@code casewatch cases}, with the
 * same meaning: a view takes the filters of what it counts (documents, claims or cases, see {@link
 * TrendFilter}) and refuses the others, naming them.
 */
@Command(
    name = "trends",
    description =
        "Counts over time and by category: histogram, breakdown, entities, sentiment, terms.")
final class TrendsCommand implements Callable<Integer> {

  /** The views. */
  enum View {
    HISTOGRAM,
    BREAKDOWN,
    ENTITIES,
    SENTIMENT,
    TERMS
  }

  @Parameters(
      paramLabel = "VIEW",
      description =
          "histogram, breakdown, entities, sentiment or terms (significant entities of a window).")
  String view;

  @Option(
      names = "--series",
      paramLabel = "SERIES",
      description = "histogram: documents (default), claims, cases_opened, cases_by_outcome.",
      defaultValue = "documents")
  String series;

  @Option(
      names = "--interval",
      paramLabel = "INTERVAL",
      description = "day, week or month (default).",
      defaultValue = "month")
  String interval;

  @Option(
      names = "--by",
      paramLabel = "FIELD",
      description =
          "breakdown: country (default), sector, organisation, status, platform, publisher, act.",
      defaultValue = "country")
  String by;

  @Option(names = "--from", paramLabel = "DATE", description = "Window start (YYYY[-MM[-DD]]).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Window end, inclusive.")
  String to;

  @Option(
      names = {"-n", "--size"},
      paramLabel = "N",
      description = "How many values (1 to 100, default ${DEFAULT-VALUE}).",
      defaultValue = "10")
  int size;

  @Option(names = "--source", paramLabel = "SOURCE", description = "Documents, claims; repeatable.")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--platform",
      paramLabel = "PLATFORM",
      description = "Documents, claims; repeatable.")
  List<String> platforms = new ArrayList<>();

  @Option(
      names = "--entity",
      paramLabel = "NAME",
      description = "A mentioned entity (documents) or the accused (claims); repeatable.")
  List<String> entities = new ArrayList<>();

  @Option(names = "--case", paramLabel = "CASE_ID", description = "Documents, claims; repeatable.")
  List<String> cases = new ArrayList<>();

  @Mixin CaseFilterOptions caseFilters;

  @Option(names = "--act", paramLabel = "ACT", description = "Claims, cases; repeatable.")
  List<String> acts = new ArrayList<>();

  @Option(names = "--modality", paramLabel = "MODALITY", description = "Claims; repeatable.")
  List<String> modalities = new ArrayList<>();

  @Option(names = "--language", paramLabel = "CODE", description = "Documents, claims; repeatable.")
  List<String> languages = new ArrayList<>();

  @Option(
      names = "--sentiment-min",
      paramLabel = "SCORE",
      description = "Lowest sentiment, -1 to 1 (documents; claims: towards the accused).")
  Double sentimentMin;

  @Option(names = "--sentiment-max", paramLabel = "SCORE", description = "Highest sentiment.")
  Double sentimentMax;

  @Mixin ElasticsearchOptions elasticsearch;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    View v = Params.choice("VIEW", view, View.class);
    Instant start = from == null ? null : Params.dateStart("--from", from);
    Instant end = to == null ? null : Params.dateEnd("--to", to);
    Interval iv = Params.choice("--interval", interval, Interval.class);
    TrendFilter filter =
        TrendFilter.builder()
            .sources(sources)
            .platforms(platforms)
            .entities(entities)
            .cases(cases)
            .acts(acts)
            .modalities(modalities)
            .languages(languages)
            .sentiment(sentimentMin, sentimentMax)
            .statuses(caseFilters.statuses)
            .organisations(caseFilters.organisations)
            .countries(caseFilters.countries)
            .sectors(caseFilters.sectors)
            .build();
    PrintWriter out = spec.commandLine().getOut();
    try (ElasticsearchClient client = ElasticsearchClients.create(elasticsearch.connect(out))) {
      Trends trends = new Trends(client);
      out.println();
      switch (v) {
        case HISTOGRAM -> {
          Series s = Params.choice("--series", series, Series.class);
          for (HistogramBucket b : trends.histogram(s, iv, start, end, filter)) {
            out.printf(Locale.ROOT, "%s %8d  %s%n", b.date(), b.count(), counts(b.split()));
          }
        }
        case BREAKDOWN -> {
          Breakdown b = Params.choice("--by", by, Breakdown.class);
          table(out, trends.breakdown(b, start, end, size, filter));
        }
        case ENTITIES -> {
          for (Map.Entry<String, List<Count>> e :
              trends.topEntities(size, start, end, filter).entrySet()) {
            out.println(e.getKey().toLowerCase(Locale.ROOT) + ":");
            table(out, e.getValue());
          }
        }
        case SENTIMENT -> {
          out.println("bucket       documents   mean    claims  towards accused");
          for (SentimentPoint p : trends.sentiment(iv, start, end, filter)) {
            out.printf(
                Locale.ROOT,
                "%s %9d %7s %9d %7s%n",
                p.date(),
                p.documents(),
                mean(p.documentMean()),
                p.claims(),
                mean(p.accusedMean()));
          }
        }
        case TERMS -> {
          for (TermScore t : trends.significantTerms(start, end, size, filter)) {
            out.printf(
                Locale.ROOT,
                "%-30s %-12s %8.3f  %d in window, %d overall%n",
                TerminalText.safe(t.term(), 30),
                t.type(),
                t.score(),
                t.windowDocuments(),
                t.backgroundDocuments());
          }
        }
      }
      out.flush();
      return 0;
    }
  }

  private static void table(PrintWriter out, List<Count> counts) {
    for (Count c : counts) {
      out.printf(Locale.ROOT, "  %8d  %s%n", c.count(), TerminalText.safe(c.key(), 80));
    }
  }

  private static String counts(List<Count> counts) {
    return counts.stream()
        .map(c -> TerminalText.safe(c.key(), 40) + " " + c.count())
        .collect(Collectors.joining(", "));
  }

  private static String mean(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%+.2f", d);
  }
}
