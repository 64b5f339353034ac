package org.casewatch.pipeline.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.casewatch.index.query.DocumentHit;
import org.casewatch.index.query.EntityRef;
import org.casewatch.model.EntityType;
import org.casewatch.model.Sentiment;

/** Prints search hits for a terminal: every crawled string goes through {@link TerminalText}. */
final class HitPrinter {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private HitPrinter() {}

  static void print(PrintWriter out, int rank, DocumentHit hit) {
    out.printf(Locale.ROOT, "%2d. %s%n", rank, TerminalText.safe(hit.title(), 110));
    out.printf(
        Locale.ROOT,
        "    %s · %s · %s%n",
        hit.publishedAt() == null ? "undated" : DATE.format(hit.publishedAt()),
        TerminalText.safe(hit.source(), 40),
        TerminalText.safe(
            hit.canonicalUrl() == null || hit.canonicalUrl().isEmpty()
                ? hit.url()
                : hit.canonicalUrl(),
            120));
    String people = names(hit.entities(), EntityType.PERSON);
    String orgs = names(hit.entities(), EntityType.ORGANIZATION);
    String places = names(hit.entities(), EntityType.LOCATION);
    if (!people.isEmpty()) {
      out.println("    people:        " + people);
    }
    if (!orgs.isEmpty()) {
      out.println("    organisations: " + orgs);
    }
    if (!places.isEmpty()) {
      out.println("    places:        " + places);
    }
    out.println("    sentiment:     " + sentiment(hit.sentiment()));
  }

  static String sentiment(Sentiment sentiment) {
    if (sentiment == null) {
      return "not scored";
    }
    return String.format(
        Locale.ROOT, "%s (%+.2f)", sentiment.label().replace('_', ' '), sentiment.score());
  }

  private static String names(List<EntityRef> entities, EntityType type) {
    return entities.stream()
        .filter(e -> e.type() == type)
        .map(e -> TerminalText.safe(e.name(), 60))
        .distinct()
        .limit(8)
        .collect(Collectors.joining(", "));
  }
}
