package org.casewatch.ingest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewatch.ingest.feed.FeedDocument;
import org.casewatch.ingest.feed.FeedEntry;
import org.jsoup.Jsoup;

/**
 * The title, link and id checks of one feedparser {@code Expect:} line, evaluated against a {@link
 * FeedDocument}.
 *
 * <p>Understood: conjunctions ({@code and}) of {@code bozo}/{@code not bozo} (ignored: they are
 * about feedparser's own well-formedness flag) and of comparison chains whose operands are Python
 * string literals or {@code feed['title']}, {@code feed['link']}, {@code entries[i]['title']},
 * {@code entries[i]['link']}, {@code entries[i]['id']} (also in attribute form, {@code feed.link}).
 * Anything else makes the whole line {@link #parse unsupported}: it is skipped and counted, never
 * guessed. Titles match when equal, or when casewatch's text title equals the text of feedparser's
 * HTML title (feedparser keeps sanitised markup, casewatch keeps text).
 */
final class Expectation {

  private static final Pattern ACCESSOR =
      Pattern.compile(
          "^(feed|entries\\[(\\d+)\\])(?:\\[['\"](title|link|id)['\"]\\]|\\.(title|link|id))$");

  /** One operand: a literal or a field of the feed or of an entry. */
  private record Operand(String literal, int entry, String field) {
    boolean isLiteral() {
      return literal != null;
    }
  }

  private final List<List<Operand>> chains;

  private Expectation(List<List<Operand>> chains) {
    this.chains = chains;
  }

  /** The checks of an expression, or empty when it has a form this evaluator does not know. */
  static Optional<Expectation> parse(String expect) {
    List<List<Operand>> chains = new ArrayList<>();
    for (String clause : PyLiterals.splitTopLevel(expect.strip(), " and ")) {
      String c = clause.strip();
      if (c.equals("bozo") || c.equals("not bozo")) {
        continue;
      }
      List<String> parts = PyLiterals.splitTopLevel(c, "==");
      if (parts.size() < 2) {
        return Optional.empty();
      }
      List<Operand> chain = new ArrayList<>();
      for (String part : parts) {
        Optional<Operand> operand = operand(part.strip());
        if (operand.isEmpty()) {
          return Optional.empty();
        }
        chain.add(operand.get());
      }
      if (chain.stream().allMatch(Operand::isLiteral)) {
        return Optional.empty();
      }
      chains.add(chain);
    }
    return chains.isEmpty() ? Optional.empty() : Optional.of(new Expectation(chains));
  }

  private static Optional<Operand> operand(String text) {
    Optional<String> literal = PyLiterals.string(text);
    if (literal.isPresent()) {
      return Optional.of(new Operand(literal.get(), -1, null));
    }
    Matcher m = ACCESSOR.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int entry = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
    String field = m.group(3) != null ? m.group(3) : m.group(4);
    if (entry < 0 && field.equals("id")) {
      return Optional.empty();
    }
    return Optional.of(new Operand(null, entry, field));
  }

  /** True when the line checks a title. */
  boolean checksTitle() {
    return fields().contains("title");
  }

  /** True when the line checks a link or an id. */
  boolean checksLink() {
    return fields().contains("link") || fields().contains("id");
  }

  private List<String> fields() {
    return chains.stream()
        .flatMap(List::stream)
        .filter(o -> !o.isLiteral())
        .map(Operand::field)
        .toList();
  }

  /** True when every check of the given kind ({@code title}, or {@code link} for link and id). */
  boolean holds(FeedDocument doc, String kind) {
    for (List<Operand> chain : chains) {
      boolean relevant =
          chain.stream()
              .anyMatch(
                  o ->
                      !o.isLiteral()
                          && (kind.equals("title")
                              ? o.field().equals("title")
                              : !o.field().equals("title")));
      if (!relevant) {
        continue;
      }
      for (int i = 1; i < chain.size(); i++) {
        if (!same(doc, chain.get(i - 1), chain.get(i))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean same(FeedDocument doc, Operand a, Operand b) {
    String x = value(doc, a);
    String y = value(doc, b);
    if (x == null || y == null) {
      return false;
    }
    if (x.equals(y)) {
      return true;
    }
    // feedparser gives HTML titles as (sanitised) HTML, casewatch as text: the same text matches
    boolean title = "title".equals(a.field()) || "title".equals(b.field());
    return title && (a.isLiteral() ? asText(x).equals(y) : x.equals(asText(y)));
  }

  private static String asText(String html) {
    return Jsoup.parseBodyFragment(html).text().strip();
  }

  private static String value(FeedDocument doc, Operand o) {
    if (o.isLiteral()) {
      return o.literal().strip();
    }
    if (o.entry() < 0) {
      return o.field().equals("title") ? doc.title() : doc.link();
    }
    FeedEntry e = entry(doc, o.entry());
    if (e == null) {
      return null;
    }
    return switch (o.field().toLowerCase(Locale.ROOT)) {
      case "title" -> e.title();
      case "link" -> e.link();
      default -> e.guid();
    };
  }

  private static FeedEntry entry(FeedDocument doc, int index) {
    return index < doc.entries().size() ? doc.entries().get(index) : null;
  }
}
