package org.casewatch.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.Claim;
import org.casewatch.nlp.NlpAnnotator;
import org.casewatch.nlp.NlpAnnotators;
import org.casewatch.nlp.NlpConfig;
import org.casewatch.nlp.NlpResult;
import org.casewatch.nlp.eval.internal.GoldTexts;
import org.casewatch.nlp.eval.internal.Matching;
import org.casewatch.nlp.internal.Json;

/**
 * Scores claim and event extraction against a gold JSONL file (see {@code
 * nlp/src/test/resources/gold/README.md}).
 *
 * <p>Claims match on (accused, act), the accused by name or mention (see {@link Matching}); gold
 * claims that differ only by accuser count once. Accusers match on (accused, accuser) over claims
 * with an accuser. Events match on (type, date), one per type and date per document; the demo's
 * {@code repeated} events (an earlier event mentioned again) are left out of {@link
 * Report#events()} and included in {@link Report#eventsWithRepeated()}.
 *
 * <p>Usage: {@code GoldEvaluation <gold.jsonl> [projectRoot] [sharedData] [-v] [--every-sentence]}
 * ({@code -v} lists the mismatches; {@code --every-sentence} turns the claim gate off, the
 * reference the gate is measured against); the defaults are the working directory and {@code
 * ../shared/data} next to it (or the system property {@code casewatch.shared.data}).
 */
public final class GoldEvaluation {

  /** Scores by source ({@code bbc}, {@code metoo}, {@code demo}) and in total ({@code all}). */
  public record Report(
      Map<String, Score> claims,
      Map<String, Score> accusers,
      Map<String, Score> events,
      Map<String, Score> eventsWithRepeated,
      List<String> mistakes) {}

  private final GoldTexts texts;

  /** An evaluation reading demo pages under {@code projectRoot} and corpora in {@code shared}. */
  public GoldEvaluation(Path projectRoot, Path sharedData) {
    this.texts = new GoldTexts(projectRoot, sharedData);
  }

  /** Reads the documents of {@code gold} whose source is in {@code sources} (all if empty). */
  public List<GoldDocument> load(Path gold, List<String> sources) throws IOException {
    List<GoldDocument> docs = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = Json.mapper().readTree(line);
      String source = Json.text(node, "source");
      if (!sources.isEmpty() && !sources.contains(source)) {
        continue;
      }
      JsonNode ref = node.get("ref");
      String id = Json.text(node, "id");
      switch (Objects.requireNonNull(source, "source")) {
        case "bbc" ->
            docs.add(
                new GoldDocument(
                    id,
                    source,
                    texts.bbc(Json.text(ref, "split"), ref.get("row").asInt()),
                    null,
                    node));
        case "metoo" ->
            docs.add(new GoldDocument(id, source, texts.tweet(ref.get("row").asInt()), null, node));
        case "demo" ->
            docs.add(
                new GoldDocument(
                    id,
                    source,
                    texts.demo(Json.text(ref, "path")),
                    texts.demoPublished(Json.text(ref, "path")),
                    node));
        default -> throw new IOException("unknown source " + source + " in " + id);
      }
    }
    return docs;
  }

  /** Annotates every document with {@code nlp} and scores the result. */
  public Report evaluate(List<GoldDocument> docs, NlpAnnotator nlp) {
    Map<String, Score> claims = new TreeMap<>();
    Map<String, Score> accusers = new TreeMap<>();
    Map<String, Score> events = new TreeMap<>();
    Map<String, Score> eventsAll = new TreeMap<>();
    List<String> mistakes = new ArrayList<>();
    for (GoldDocument doc : docs) {
      NlpResult r = nlp.annotateDetailed("", doc.text(), doc.published());
      if (!r.issues().isEmpty()) {
        mistakes.add(doc.id() + " issues=" + r.issues());
      }
      add(claims, doc.source(), scoreClaims(doc, r.claims(), mistakes));
      add(accusers, doc.source(), scoreAccusers(doc, r.claims()));
      add(events, doc.source(), scoreEvents(doc, r.events(), false, mistakes));
      add(eventsAll, doc.source(), scoreEvents(doc, r.events(), true, null));
    }
    return new Report(claims, accusers, events, eventsAll, mistakes);
  }

  private static void add(Map<String, Score> scores, String source, Score s) {
    scores.merge(source, s, Score::plus);
    scores.merge("all", s, Score::plus);
  }

  private record Party(String name, String mention) {}

  private record GoldClaim(Party accused, Party accuser, String act) {}

  private static List<GoldClaim> goldClaims(GoldDocument doc) {
    Map<String, GoldClaim> out = new LinkedHashMap<>();
    for (JsonNode c : doc.gold().path("claims")) {
      Party accused = party(c.get("accused"));
      Party accuser = party(c.get("accuser"));
      String act = Json.text(c, "act");
      String key = (accused.name() != null ? accused.name() : accused.mention()) + "|" + act;
      out.putIfAbsent(
          key + "|" + (accuser == null ? "" : accuser.mention()),
          new GoldClaim(accused, accuser, act));
    }
    return new ArrayList<>(out.values());
  }

  private static Party party(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return new Party(Json.text(node, "name"), Json.text(node, "mention"));
  }

  private static boolean sameAccused(Claim p, Party g) {
    return Matching.parties(p.accused().name(), p.accused().mention(), g.name(), g.mention());
  }

  private static Score scoreClaims(GoldDocument doc, List<Claim> predicted, List<String> log) {
    List<GoldClaim> gold = new ArrayList<>();
    for (GoldClaim g : goldClaims(doc)) {
      if (gold.stream()
          .noneMatch(
              o ->
                  o.act().equals(g.act())
                      && Matching.parties(
                          o.accused().name(),
                          o.accused().mention(),
                          g.accused().name(),
                          g.accused().mention()))) {
        gold.add(g);
      }
    }
    int tp =
        Matching.matches(
            predicted, gold, (p, g) -> p.act().equals(g.act()) && sameAccused(p, g.accused()));
    if (log != null && (tp < predicted.size() || tp < gold.size())) {
      log.add(
          doc.id()
              + " claims predicted="
              + predicted.stream().map(c -> c.accused().key() + "/" + c.act()).toList()
              + " gold="
              + gold.stream()
                  .map(
                      g ->
                          (g.accused().name() != null ? g.accused().name() : g.accused().mention())
                              + "/"
                              + g.act())
                  .toList());
    }
    return new Score(tp, predicted.size() - tp, gold.size() - tp);
  }

  private static Score scoreAccusers(GoldDocument doc, List<Claim> predicted) {
    List<GoldClaim> gold = goldClaims(doc).stream().filter(g -> g.accuser() != null).toList();
    List<Claim> withAccuser = predicted.stream().filter(c -> c.accuser() != null).toList();
    int tp =
        Matching.matches(
            withAccuser,
            gold,
            (p, g) ->
                sameAccused(p, g.accused())
                    && Matching.parties(
                        p.accuser().name(),
                        p.accuser().mention(),
                        g.accuser().name(),
                        g.accuser().mention()));
    return new Score(tp, withAccuser.size() - tp, gold.size() - tp);
  }

  private static Score scoreEvents(
      GoldDocument doc, List<CaseEvent> predicted, boolean repeated, List<String> log) {
    List<String> gold = new ArrayList<>();
    for (JsonNode e : doc.gold().path("events")) {
      if (!repeated && e.path("repeated").asBoolean(false)) {
        continue;
      }
      String key = Json.text(e, "type") + "@" + Json.text(e, "date");
      if (!gold.contains(key)) {
        gold.add(key);
      }
    }
    List<String> pred = new ArrayList<>();
    for (CaseEvent e : predicted) {
      String key = e.type() + "@" + e.date();
      if (!pred.contains(key)) {
        pred.add(key);
      }
    }
    int tp = Matching.matches(pred, gold, String::equals);
    if (log != null && (tp < pred.size() || tp < gold.size())) {
      log.add(doc.id() + " events predicted=" + pred + " gold=" + gold);
    }
    return new Score(tp, pred.size() - tp, gold.size() - tp);
  }

  /** Prints the scores of {@code report} to {@code out}. */
  public static void print(Report report, PrintWriter out) {
    report.claims().forEach((k, v) -> out.println("claims    " + k + ": " + v));
    report.accusers().forEach((k, v) -> out.println("accusers  " + k + ": " + v));
    report.events().forEach((k, v) -> out.println("events    " + k + ": " + v));
    report.eventsWithRepeated().forEach((k, v) -> out.println("events+rep " + k + ": " + v));
    out.flush();
  }

  /** Command-line entry: prints the scores of one gold file. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println(
          "usage: GoldEvaluation <gold.jsonl> [projectRoot] [sharedData] [-v] [--every-sentence]");
      System.exit(2);
    }
    Path root = Path.of(args.length > 1 && !args[1].startsWith("-") ? args[1] : ".");
    Path shared =
        Path.of(
            args.length > 2 && !args[2].startsWith("-")
                ? args[2]
                : System.getProperty(
                    "casewatch.shared.data", root.resolve("../shared/data").toString()));
    GoldEvaluation eval = new GoldEvaluation(root, shared);
    List<GoldDocument> docs = eval.load(Path.of(args[0]), List.of());
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    boolean every = List.of(args).contains("--every-sentence");
    NlpConfig config = NlpConfig.builder().sentiment(false).gateClaims(!every).build();
    try (NlpAnnotator nlp = NlpAnnotators.create(config)) {
      Report report = eval.evaluate(docs, nlp);
      if (List.of(args).contains("-v")) {
        report.mistakes().forEach(out::println);
      }
      print(report, out);
    }
  }
}
