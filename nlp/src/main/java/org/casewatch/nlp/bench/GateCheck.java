package org.casewatch.nlp.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.casewatch.nlp.NlpAnnotator;
import org.casewatch.nlp.NlpAnnotators;
import org.casewatch.nlp.NlpConfig;
import org.casewatch.nlp.eval.GoldDocument;
import org.casewatch.nlp.eval.GoldEvaluation;
import org.casewatch.nlp.eval.Score;

/**
 * Does the gate cost accuracy? Scores the claims of casewatch's annotator on the gold set twice,
 * with the claim gate on (the configuration the throughput is measured with) and off (dependency
 * parse and SUTime on every sentence), with the {@link GoldEvaluation} the {@code --every-sentence}
 * switch of the evaluation uses. The target is a claim F1 within {@value #MAX_F1_LOSS} of the
 * ungated variant.
 */
public final class GateCheck {

  /** The largest claim F1 the gate may cost: <b>0.01</b>. */
  public static final double MAX_F1_LOSS = 0.01;

  /**
   * The two scores, and the CPU seconds each run took.
   *
   * @param documents gold documents scored
   * @param gated claims with the gate on
   * @param everySentence claims with the gate off
   * @param gatedCpuSeconds CPU time of the gated run
   * @param everySentenceCpuSeconds CPU time of the ungated run
   */
  public record Result(
      int documents,
      Score gated,
      Score everySentence,
      double gatedCpuSeconds,
      double everySentenceCpuSeconds) {

    /** Claim F1 lost to the gate (negative when the gate gains). */
    public double f1Loss() {
      return everySentence.f1() - gated.f1();
    }

    /** True when the gate costs at most {@link #MAX_F1_LOSS} of claim F1. */
    public boolean met() {
      return f1Loss() <= MAX_F1_LOSS;
    }
  }

  private GateCheck() {}

  static Result run(Path gold, Path projectRoot, Path sharedData, NlpConfig config, PrintWriter out)
      throws IOException {
    GoldEvaluation eval = new GoldEvaluation(projectRoot, sharedData);
    List<GoldDocument> docs = eval.load(gold, List.of());
    if (docs.isEmpty()) {
      throw new IOException("no gold documents in " + gold);
    }
    out.printf(Locale.ROOT, "gate check: %d gold documents from %s%n", docs.size(), gold);
    out.flush();
    Score[] scores = new Score[2];
    double[] cpu = new double[2];
    for (int i = 0; i < 2; i++) {
      boolean gated = i == 0;
      NlpConfig variant = config.toBuilder().gateClaims(gated).build();
      try (NlpAnnotator nlp = NlpAnnotators.create(variant)) {
        long start = Meter.cpuNanos();
        scores[i] = eval.evaluate(docs, nlp).claims().get("all");
        cpu[i] = (Meter.cpuNanos() - start) / 1e9;
      }
      out.printf(
          Locale.ROOT,
          "gate check: %s claims %s, %.0f s CPU%n",
          gated ? "gated         " : "every sentence",
          scores[i],
          cpu[i]);
      out.flush();
    }
    return new Result(docs.size(), scores[0], scores[1], cpu[0], cpu[1]);
  }
}
