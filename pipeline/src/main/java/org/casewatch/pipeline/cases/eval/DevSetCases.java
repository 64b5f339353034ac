package org.casewatch.pipeline.cases.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.casewatch.ingest.bench.SharedData;
import org.casewatch.model.AllegationCase;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.Claim;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.DocumentRef;
import org.casewatch.model.EventRecord;
import org.casewatch.model.Ids;
import org.casewatch.nlp.NlpAnnotator;
import org.casewatch.nlp.NlpAnnotators;
import org.casewatch.nlp.NlpConfig;
import org.casewatch.nlp.NlpResult;
import org.casewatch.nlp.eval.GoldDocument;
import org.casewatch.nlp.eval.GoldEvaluation;
import org.casewatch.pipeline.cases.CaseAssembler;
import org.casewatch.pipeline.cases.CaseConfig;
import org.casewatch.pipeline.cases.CaseUpdate;

/**
 * Case figures on the real texts of the NLP development set (BBC articles and #MeToo tweets): the
 * texts are annotated, their claims and events assembled into cases, and each case scored against
 * the accused the gold claims name (one intended case per accused name; documents without gold
 * claims are unrelated).
 *
 * <p>The texts are single documents about different people, except a few accused named in several
 * tweets, so the figures say whether assembly keeps people apart and joins the few repeats; there
 * are no timelines to score. Needs the shared data (see {@link SharedData}).
 *
 * <p>Usage: {@code DevSetCases [PROJECT_ROOT]} (prints the figures).
 */
public final class DevSetCases {

  private DevSetCases() {}

  /** The figures, as printable lines. */
  public static List<String> run(Path projectRoot, Path sharedData, NlpAnnotator nlp)
      throws IOException {
    GoldEvaluation loader = new GoldEvaluation(projectRoot, sharedData);
    List<GoldDocument> docs =
        loader.load(
            projectRoot.resolve("nlp/src/test/resources/gold/dev.jsonl"), List.of("bbc", "metoo"));
    Map<String, String> labelOfDoc = new TreeMap<>();
    List<ClaimRecord> claims = new ArrayList<>();
    List<EventRecord> events = new ArrayList<>();
    int n = 0;
    for (GoldDocument d : docs) {
      String url = "https://dev.example/" + d.id();
      String id = Ids.documentId(url);
      labelOfDoc.put(id, label(d.gold()));
      DocumentRef ref =
          new DocumentRef(
              id,
              url,
              url,
              d.source(),
              d.source() + "-" + (n++),
              "web",
              null,
              "en",
              Instant.parse("2019-10-15T00:00:00Z").plusSeconds(60L * n));
      NlpResult result = nlp.annotateDetailed("", d.text(), null);
      for (Claim c : result.analysis().claims()) {
        claims.add(new ClaimRecord(Ids.claimId(id, c), ref, c, null, null, false, null));
      }
      for (CaseEvent e : result.analysis().events()) {
        events.add(new EventRecord(Ids.eventId(id, e), ref, e, null));
      }
    }
    CaseUpdate all = CaseAssembler.assemble(claims, events, CaseConfig.defaults(), null);
    Map<String, String> docOfRecord = new TreeMap<>();
    claims.forEach(c -> docOfRecord.put(c.id(), c.document().id()));
    events.forEach(e -> docOfRecord.put(e.id(), e.document().id()));
    int majority = 0;
    int total = 0;
    int merged = 0;
    int spurious = 0;
    Map<String, Map<String, Integer>> casesOfLabel = new TreeMap<>();
    List<String> out = new ArrayList<>();
    int live = 0;
    for (AllegationCase c : all.cases()) {
      if (c.mergedInto() != null) {
        continue;
      }
      live++;
      Map<String, Integer> labels = new TreeMap<>();
      List<String> ids = new ArrayList<>(c.claimIds());
      ids.addAll(c.eventIds());
      for (String r : ids) {
        labels.merge(labelOfDoc.get(docOfRecord.get(r)), 1, Integer::sum);
      }
      int size = labels.values().stream().mapToInt(Integer::intValue).sum();
      total += size;
      majority += labels.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      long people = labels.keySet().stream().filter(l -> !l.equals("U")).count();
      merged += people > 1 ? 1 : 0;
      spurious += people == 0 ? 1 : 0;
      labels.forEach(
          (l, k) -> casesOfLabel.computeIfAbsent(l, x -> new TreeMap<>()).put(c.id(), k));
      if (people > 1) {
        out.add("merged: " + c.title() + " " + labels);
      }
      out.add("case: " + c.title() + " countries " + c.countries() + " sector " + c.sector());
    }
    int splits = 0;
    int intended = 0;
    for (Map.Entry<String, Map<String, Integer>> l : casesOfLabel.entrySet()) {
      if (!l.getKey().equals("U")) {
        intended++;
        splits += Math.max(0, l.getValue().size() - 1);
        if (l.getValue().size() > 1) {
          out.add("split: " + l.getKey() + " over " + l.getValue().size() + " cases");
        }
      }
    }
    out.add(
        String.format(
            Locale.ROOT,
            "dev set (%d texts, %d claims, %d events): %d cases for %d intended accused with"
                + " records; purity %.3f, people merged %d, splits %d, spurious %d (cases from"
                + " texts with no gold claim)",
            docs.size(),
            claims.size(),
            events.size(),
            live,
            intended,
            total == 0 ? 0 : (double) majority / total,
            merged,
            splits,
            spurious));
    return out;
  }

  /** A document's intended case: its first gold accused's name or mention, folded; else U. */
  static String label(JsonNode gold) {
    for (JsonNode claim : gold.path("claims")) {
      JsonNode accused = claim.path("accused");
      String name = accused.path("name").asText("");
      String key = Ids.partyKey(name.isBlank() ? accused.path("mention").asText("") : name);
      if (!key.isBlank()) {
        return key;
      }
    }
    return "U";
  }

  /** Prints the figures with the default annotator. */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    Path shared = SharedData.root();
    PrintStream out = System.out;
    if (!Files.isDirectory(shared)) {
      out.println("no shared data at " + shared + ": the development set's texts are not here");
      return;
    }
    try (NlpAnnotator nlp = NlpAnnotators.create(NlpConfig.defaults())) {
      run(root, shared, nlp).forEach(out::println);
    }
  }
}
