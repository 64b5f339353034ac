package org.casewatch.pipeline.cases.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.extract.ExtractionException;
import org.casewatch.model.AllegationCase;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.Article;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventRecord;
import org.casewatch.model.Provenance;
import org.casewatch.nlp.NlpAnnotator;
import org.casewatch.nlp.NlpAnnotators;
import org.casewatch.nlp.NlpConfig;
import org.casewatch.nlp.NlpResult;
import org.casewatch.pipeline.cases.CaseAssembler;
import org.casewatch.pipeline.cases.CaseConfig;
import org.casewatch.pipeline.cases.CaseRegistry;
import org.casewatch.pipeline.cases.CaseUpdate;

/**
 * Runs the real extraction and annotation over the demo articles, assembles cases the way the
 * stream does (one article at a time, in publication order) and the way a rebuild does (all at
 * once), and scores the cases against the intended ones.
 *
 * <p>Figures: event precision (over the extracted events of the case matched to an intended case)
 * and recall (over the intended events), strict (same type and date) and lenient (same type, and
 * one date within the other, {@code 2023-04} covers {@code 2023-04-12}, or the event is reported in
 * an article the ground truth lists for it: a later article repeating a denial is right). Purity is
 * the share of the case records (claims and events) whose article belongs to the case's majority
 * intended case; a case holding two intended cases merges two people, an intended case spread over
 * several cases is split, and a case made only of unrelated articles is spurious. Order counts the
 * inversions of the matched events' intended order along the case's timeline.
 *
 * <p>Usage: {@code CaseEvaluation} (prints the figures and what was missed).
 */
public final class CaseEvaluation {

  /** The publisher the demo articles are attributed to. */
  public static final String PUBLISHER = "harbour-ledger.example";

  /**
   * The figures.
   *
   * @param goldEvents events of the intended timelines
   * @param predictedEvents extracted events in the cases matched to the intended ones
   * @param strictMatches intended events found with the same type and date
   * @param lenientMatches intended events found with the same type and a compatible date
   * @param strictCorrect predicted events matching an intended one exactly
   * @param lenientCorrect predicted events matching an intended one leniently
   * @param purity share of case records in their case's majority intended case
   * @param mergedPeople cases holding records of two or more intended cases
   * @param splits extra cases an intended case is spread over
   * @param spuriousCases cases made only of unrelated articles
   * @param orderInversions pairs of found events the timelines put in the wrong order
   * @param orderPairs pairs of found events with different dates
   * @param streamEqualsRebuild whether the incremental and the batch assembly agree exactly
   * @param report one line per intended case
   * @param missed intended events not found (lenient)
   * @param wrong predicted events matching no intended event (lenient), with their sentence
   * @param unassigned records the assembler kept out of every case, with the reason
   * @param caseOfLabel intended case label to the id of the case matched to it
   */
  public record Scores(
      int goldEvents,
      int predictedEvents,
      int strictMatches,
      int lenientMatches,
      int strictCorrect,
      int lenientCorrect,
      double purity,
      int mergedPeople,
      int splits,
      int spuriousCases,
      int orderInversions,
      int orderPairs,
      boolean streamEqualsRebuild,
      List<String> report,
      List<String> missed,
      List<String> wrong,
      List<String> unassigned,
      Map<String, String> caseOfLabel) {

    /** Strict precision. */
    public double precision() {
      return ratio(strictCorrect, predictedEvents);
    }

    /** Strict recall. */
    public double recall() {
      return ratio(strictMatches, goldEvents);
    }

    /** Lenient precision. */
    public double lenientPrecision() {
      return ratio(lenientCorrect, predictedEvents);
    }

    /** Lenient recall. */
    public double lenientRecall() {
      return ratio(lenientMatches, goldEvents);
    }

    /** The figures as printable lines. */
    public List<String> lines() {
      List<String> out = new ArrayList<>(report);
      out.add(
          String.format(
              Locale.ROOT,
              "events: strict P %.3f R %.3f | lenient P %.3f R %.3f (%d intended, %d predicted)",
              precision(),
              recall(),
              lenientPrecision(),
              lenientRecall(),
              goldEvents,
              predictedEvents));
      out.add(
          String.format(
              Locale.ROOT,
              "cases: purity %.3f, people merged %d, splits %d, spurious %d; order: %d of %d pairs"
                  + " inverted; stream == rebuild %s",
              purity,
              mergedPeople,
              splits,
              spuriousCases,
              orderInversions,
              orderPairs,
              streamEqualsRebuild));
      return out;
    }
  }

  private CaseEvaluation() {}

  /** Extracts and annotates every demo article, in publication order. */
  public static List<AnnotatedDocument> annotateDemo(NlpAnnotator nlp, DemoCases gold) {
    ArticleExtractor extractor = new ArticleExtractor();
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (String path : gold.articles().keySet()) {
      String html = read("org/casewatch/pipeline/demo/" + path);
      String url = "http://127.0.0.1/" + path;
      Article article;
      try {
        article =
            extractor.extract(
                url, html.replace("{{BASE_URL}}", "http://127.0.0.1"), Instant.EPOCH, null);
      } catch (ExtractionException e) {
        throw new IllegalStateException("demo article " + path + " does not extract", e);
      }
      article = article.withProvenance(new Provenance(PUBLISHER, Provenance.WEB, null, null, null));
      LocalDate published =
          article.publishedAt() == null
              ? null
              : article.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
      NlpResult result = nlp.annotateDetailed(article.title(), article.body(), published);
      docs.add(new AnnotatedDocument(article, result.analysis()));
    }
    docs.sort(
        Comparator.comparing(
                (AnnotatedDocument d) -> d.article().publishedAt(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AnnotatedDocument::id));
    return docs;
  }

  /** Assembles the documents both ways and scores the cases against {@code gold}. */
  public static Scores score(DemoCases gold, List<AnnotatedDocument> docs, CaseConfig config) {
    Map<String, String> labelOfDoc = new TreeMap<>();
    Map<String, String> pathOfDoc = new TreeMap<>();
    for (AnnotatedDocument d : docs) {
      String path = d.article().url().replaceFirst("^https?://[^/]+/", "");
      labelOfDoc.put(d.id(), gold.articles().getOrDefault(path, "U"));
      pathOfDoc.put(d.id(), path);
    }
    CaseRegistry registry = new CaseRegistry(config);
    Map<String, AllegationCase> streamed = new TreeMap<>();
    Map<String, String> caseOfRecord = new TreeMap<>();
    List<ClaimRecord> allClaims = new ArrayList<>();
    List<EventRecord> allEvents = new ArrayList<>();
    for (AnnotatedDocument d : docs) {
      List<ClaimRecord> claims = ClaimRecord.of(d);
      List<EventRecord> events = EventRecord.of(d);
      allClaims.addAll(claims);
      allEvents.addAll(events);
      CaseUpdate update = registry.add(claims, events);
      for (AllegationCase c : update.cases()) {
        streamed.put(c.id(), c);
      }
      update.deletedCases().forEach(streamed::remove);
    }
    CaseUpdate rebuilt = CaseAssembler.assemble(allClaims, allEvents, config, null);
    rebuilt.claims().forEach(c -> caseOfRecord.put(c.id(), String.valueOf(c.caseId())));
    rebuilt.events().forEach(e -> caseOfRecord.put(e.id(), String.valueOf(e.caseId())));
    List<String> unassigned = new ArrayList<>();
    registry
        .unassigned()
        .forEach(
            (id, why) -> {
              String path = null;
              for (ClaimRecord c : allClaims) {
                path = c.id().equals(id) ? pathOfDoc.get(c.document().id()) : path;
              }
              for (EventRecord e : allEvents) {
                path = e.id().equals(id) ? pathOfDoc.get(e.document().id()) : path;
              }
              unassigned.add(path + " " + id + ": " + why);
            });
    Map<String, AllegationCase> batch = new TreeMap<>();
    for (AllegationCase c : rebuilt.cases()) {
      batch.put(c.id(), c);
    }
    boolean equal = batch.equals(streamed);
    Map<String, EventRecord> eventById = new LinkedHashMap<>();
    allEvents.forEach(e -> eventById.put(e.id(), e));
    Map<String, ClaimRecord> claimById = new LinkedHashMap<>();
    allClaims.forEach(c -> claimById.put(c.id(), c));

    // Label counts per case, purity, merges, spurious cases.
    int majoritySum = 0;
    int total = 0;
    int merged = 0;
    int spurious = 0;
    Map<String, Map<String, Integer>> casesOfLabel = new TreeMap<>();
    for (AllegationCase c : batch.values()) {
      if (c.mergedInto() != null) {
        continue;
      }
      Map<String, Integer> labels = new TreeMap<>();
      for (String id : c.claimIds()) {
        labels.merge(labelOfDoc.get(claimById.get(id).document().id()), 1, Integer::sum);
      }
      for (String id : c.eventIds()) {
        labels.merge(labelOfDoc.get(eventById.get(id).document().id()), 1, Integer::sum);
      }
      int n = labels.values().stream().mapToInt(Integer::intValue).sum();
      total += n;
      majoritySum += labels.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      long people = labels.keySet().stream().filter(l -> !l.equals("U")).count();
      if (people > 1) {
        merged++;
      }
      if (people == 0) {
        spurious++;
      }
      for (Map.Entry<String, Integer> l : labels.entrySet()) {
        casesOfLabel.computeIfAbsent(l.getKey(), k -> new TreeMap<>()).put(c.id(), l.getValue());
      }
    }
    int splits = 0;
    int goldEvents = 0;
    int predicted = 0;
    int strictMatches = 0;
    int lenientMatches = 0;
    int strictCorrect = 0;
    int lenientCorrect = 0;
    int inversions = 0;
    int pairs = 0;
    List<String> report = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    Map<String, String> caseOfLabel = new TreeMap<>();
    for (DemoCases.GoldCase g : gold.cases()) {
      Map<String, Integer> holders = casesOfLabel.getOrDefault(g.label(), Map.of());
      splits += Math.max(0, holders.size() - 1);
      String caseId =
          holders.entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey()))
              .map(Map.Entry::getKey)
              .orElse(null);
      AllegationCase c = caseId == null ? null : batch.get(caseId);
      if (caseId != null) {
        caseOfLabel.put(g.label(), caseId);
      }
      List<EventRecord> timeline = new ArrayList<>();
      if (c != null) {
        c.eventIds().forEach(id -> timeline.add(eventById.get(id)));
      }
      goldEvents += g.events().size();
      predicted += timeline.size();
      int s = 0;
      int l = 0;
      Set<Integer> foundStrict = new TreeSet<>();
      Set<Integer> foundLenient = new TreeSet<>();
      List<Integer> order = new ArrayList<>();
      for (EventRecord e : timeline) {
        String path = pathOfDoc.get(e.document().id());
        int strict = -1;
        int lenient = -1;
        for (int i = 0; i < g.events().size(); i++) {
          DemoCases.GoldEvent ge = g.events().get(i);
          if (!ge.type().equals(e.event().type())) {
            continue;
          }
          if (ge.date().equals(e.event().date()) && strict < 0) {
            strict = i;
          }
          boolean reported = ge.article().equals(path) || ge.alsoIn().contains(path);
          if ((compatible(ge.date(), e.event().date()) || reported) && lenient < 0) {
            lenient = i;
          }
        }
        if (strict >= 0) {
          s++;
          foundStrict.add(strict);
        }
        if (lenient >= 0) {
          l++;
          foundLenient.add(lenient);
          order.add(lenient);
        } else {
          wrong.add(
              g.label()
                  + " "
                  + e.event().type()
                  + " "
                  + e.event().date()
                  + " ("
                  + path
                  + "): "
                  + e.event().evidence().text().strip());
        }
      }
      // Order: each found intended event at its first place on the timeline; a pair of them
      // with different dates is inverted when the timeline puts the later one first.
      List<Integer> firsts = new ArrayList<>();
      for (int idx : order) {
        if (!firsts.contains(idx)) {
          firsts.add(idx);
        }
      }
      for (int i = 0; i < firsts.size(); i++) {
        for (int j = i + 1; j < firsts.size(); j++) {
          String a = g.events().get(firsts.get(i)).date();
          String b = g.events().get(firsts.get(j)).date();
          if (!a.startsWith(b) && !b.startsWith(a)) {
            pairs++;
            if (a.compareTo(b) > 0) {
              inversions++;
            }
          }
        }
      }
      for (int i = 0; i < g.events().size(); i++) {
        if (!foundLenient.contains(i)) {
          DemoCases.GoldEvent ge = g.events().get(i);
          // Extracted in its article but not on this case's timeline: an assembly miss.
          String where = "";
          for (EventRecord e : allEvents) {
            if (e.event().type().equals(ge.type())
                && ge.article().equals(pathOfDoc.get(e.document().id()))) {
              String in = caseOfRecord.get(e.id());
              where =
                  " [extracted "
                      + e.event().date()
                      + ", in "
                      + (in == null || in.equals("null")
                          ? "no case"
                          : batch.containsKey(in) ? batch.get(in).title() : in)
                      + "]";
            }
          }
          missed.add(
              g.label()
                  + " #"
                  + (i + 1)
                  + " "
                  + ge.type()
                  + " "
                  + ge.date()
                  + " ("
                  + ge.article()
                  + ")"
                  + (ge.note().isEmpty() ? "" : ": " + ge.note())
                  + where);
        }
      }
      strictMatches += foundStrict.size();
      lenientMatches += foundLenient.size();
      strictCorrect += s;
      lenientCorrect += l;
      List<String> held = new ArrayList<>();
      holders.forEach((id, n) -> held.add(batch.get(id).title() + " x" + n));
      report.add(
          String.format(
              Locale.ROOT,
              "%s %s -> %s [%s]: %d intended events, %d extracted; strict %d found, %d right;"
                  + " lenient %d found, %d right; strict P %.3f R %.3f, lenient P %.3f R %.3f;"
                  + " held by %s",
              g.label(),
              g.accused(),
              c == null ? "none" : c.title(),
              c == null ? "-" : c.status(),
              g.events().size(),
              timeline.size(),
              foundStrict.size(),
              s,
              foundLenient.size(),
              l,
              ratio(s, timeline.size()),
              ratio(foundStrict.size(), g.events().size()),
              ratio(l, timeline.size()),
              ratio(foundLenient.size(), g.events().size()),
              held));
    }
    return new Scores(
        goldEvents,
        predicted,
        strictMatches,
        lenientMatches,
        strictCorrect,
        lenientCorrect,
        ratio(majoritySum, total),
        merged,
        splits,
        spurious,
        inversions,
        pairs,
        equal,
        report,
        missed,
        wrong,
        unassigned,
        caseOfLabel);
  }

  /**
   * Scores case timelines as a reader sees them, one entry per event however many articles reported
   * it (the query service's collapsed timeline), against the intended timelines.
   *
   * <p>An entry matches an intended event strictly with the same type and date, leniently with the
   * same type and a compatible date or a source among the articles that report the intended event.
   *
   * @param entriesOfLabel intended case label to its timeline entries: type, date and source paths
   * @return one line per case and a total line
   */
  public static List<String> scoreEntries(DemoCases gold, Map<String, List<Entry>> entriesOfLabel) {
    List<String> out = new ArrayList<>();
    int goldTotal = 0;
    int entryTotal = 0;
    int[] totals = new int[4];
    for (DemoCases.GoldCase g : gold.cases()) {
      List<Entry> entries = entriesOfLabel.getOrDefault(g.label(), List.of());
      Set<Integer> strictFound = new TreeSet<>();
      Set<Integer> lenientFound = new TreeSet<>();
      int strictRight = 0;
      int lenientRight = 0;
      for (Entry e : entries) {
        boolean strict = false;
        boolean lenient = false;
        for (int i = 0; i < g.events().size(); i++) {
          DemoCases.GoldEvent ge = g.events().get(i);
          if (!ge.type().equals(e.type())) {
            continue;
          }
          if (ge.date().equals(e.date())) {
            strict = true;
            strictFound.add(i);
          }
          boolean reported = false;
          for (String path : e.paths()) {
            reported |= ge.article().equals(path) || ge.alsoIn().contains(path);
          }
          if (compatible(ge.date(), e.date()) || reported) {
            lenient = true;
            lenientFound.add(i);
          }
        }
        strictRight += strict ? 1 : 0;
        lenientRight += lenient ? 1 : 0;
      }
      goldTotal += g.events().size();
      entryTotal += entries.size();
      totals[0] += strictFound.size();
      totals[1] += lenientFound.size();
      totals[2] += strictRight;
      totals[3] += lenientRight;
      out.add(
          String.format(
              Locale.ROOT,
              "%s timeline: %d entries for %d intended events; strict P %.3f R %.3f, lenient P"
                  + " %.3f R %.3f",
              g.label(),
              entries.size(),
              g.events().size(),
              ratio(strictRight, entries.size()),
              ratio(strictFound.size(), g.events().size()),
              ratio(lenientRight, entries.size()),
              ratio(lenientFound.size(), g.events().size())));
    }
    out.add(
        String.format(
            Locale.ROOT,
            "timeline entries: strict P %.3f R %.3f | lenient P %.3f R %.3f (%d intended, %d"
                + " entries)",
            ratio(totals[2], entryTotal),
            ratio(totals[0], goldTotal),
            ratio(totals[3], entryTotal),
            ratio(totals[1], goldTotal),
            goldTotal,
            entryTotal));
    return out;
  }

  /**
   * One timeline entry, as scored.
   *
   * @param type the event type
   * @param date the entry's date
   * @param paths the demo article paths of its sources
   */
  public record Entry(String type, String date, List<String> paths) {}

  /** Whether two partial dates can denote the same day (one is a prefix of the other). */
  static boolean compatible(String gold, String predicted) {
    if (predicted == null) {
      return false;
    }
    return gold.startsWith(predicted) || predicted.startsWith(gold);
  }

  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static String read(String resource) {
    try (InputStream in = CaseEvaluation.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Prints the figures of the demo sample with the default annotator.
   *
   * @param args optionally {@code --cache FILE}: annotate once and keep the result in FILE
   */
  public static void main(String[] args) throws IOException, ClassNotFoundException {
    DemoCases gold = DemoCases.load();
    Path cache = args.length == 2 && args[0].equals("--cache") ? Path.of(args[1]) : null;
    List<AnnotatedDocument> docs;
    if (cache != null && Files.exists(cache)) {
      try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(cache))) {
        @SuppressWarnings("unchecked")
        List<AnnotatedDocument> cached = (List<AnnotatedDocument>) in.readObject();
        docs = cached;
      }
    } else {
      try (NlpAnnotator nlp = NlpAnnotators.create(NlpConfig.defaults())) {
        docs = annotateDemo(nlp, gold);
      }
      if (cache != null) {
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(cache))) {
          out.writeObject(new ArrayList<>(docs));
        }
      }
    }
    Scores scores = score(gold, docs, CaseConfig.defaults());
    PrintStream out = System.out;
    scores.lines().forEach(out::println);
    out.println("missed:");
    scores.missed().forEach(m -> out.println("  " + m));
    out.println("not intended:");
    scores.wrong().forEach(w -> out.println("  " + w));
    out.println("in no case:");
    scores.unassigned().forEach(w -> out.println("  " + w));
  }
}
