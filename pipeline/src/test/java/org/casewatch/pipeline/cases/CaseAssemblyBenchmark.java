package org.casewatch.pipeline.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventRecord;

/**
 * Throughput of the case operator's logic: documents per second through {@link CaseRegistry} (the
 * stream, one document at a time), against {@link CaseAssembler} over the same records at once (the
 * rebuild) measured in the same run.
 *
 * <p>Usage: {@code CaseAssemblyBenchmark [documents] [accused]} (defaults 20000 and 2000): each
 * document has two claims and two events about one of the accused, a fifth of them described rather
 * than named, at one of 500 organisations.
 */
public final class CaseAssemblyBenchmark {

  private CaseAssemblyBenchmark() {}

  /** Runs the benchmark and prints documents per second and the ratio. */
  public static void main(String[] args) {
    int documents = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int accused = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    Random random = new Random(7);
    List<Records> docs = new ArrayList<>();
    LocalDate start = LocalDate.of(2020, 1, 1);
    String[] acts = {"sexual_harassment", "sexual_assault", "groping", "rape"};
    String[] types = {"accusation", "denial", "police_investigation", "charge", "trial"};
    for (int i = 0; i < documents; i++) {
      int who = random.nextInt(accused);
      String org = "Organisation " + (who % 500);
      String date = start.plusDays(random.nextInt(1800)).toString();
      Records d = Records.doc("d" + i, "p" + random.nextInt(300) + ".example", date);
      String name = "Person" + who + " Surname" + (who % 700);
      boolean described = random.nextInt(5) == 0;
      for (int c = 0; c < 2; c++) {
        d.claim(
            described ? null : name,
            described ? "the manager" : name,
            acts[random.nextInt(acts.length)],
            org);
      }
      for (int e = 0; e < 2; e++) {
        d.event(types[random.nextInt(types.length)], date, Records.party(name, "accused"));
      }
      docs.add(d);
    }
    List<ClaimRecord> claims = new ArrayList<>();
    List<EventRecord> events = new ArrayList<>();
    docs.forEach(d -> claims.addAll(d.claims));
    docs.forEach(d -> events.addAll(d.events));

    long t0 = System.nanoTime();
    CaseUpdate batch = CaseAssembler.assemble(claims, events, CaseConfig.defaults(), null);
    long t1 = System.nanoTime();
    CaseRegistry registry = new CaseRegistry(CaseConfig.defaults());
    for (Records d : docs) {
      registry.add(d.claims, d.events);
    }
    long t2 = System.nanoTime();
    double batchRate = documents / ((t1 - t0) / 1e9);
    double streamRate = documents / ((t2 - t1) / 1e9);
    System.out.printf(
        Locale.ROOT,
        "%d documents, %d claims, %d cases (largest %d claims): stream %.0f docs/s (%.3f ms/doc), rebuild %.0f docs/s;"
            + " stream/rebuild %.2f%n",
        documents,
        claims.size(),
        batch.cases().size(),
        batch.cases().stream().mapToInt(c -> c.claimIds().size()).max().orElse(0),
        streamRate,
        1000.0 / streamRate,
        batchRate,
        streamRate / batchRate);
  }
}
