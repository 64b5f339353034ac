package org.casewatch.nlp.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.casewatch.nlp.NlpConfig;
import org.casewatch.nlp.eval.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of {@link NlpBenchmark} from measurements made up here: ratios and verdicts. */
class NlpBenchmarkReportTest {

  private static Measurement m(String label, long tokens, double cpu, long heapMb) {
    return new Measurement(
        label,
        10,
        tokens,
        cpu,
        cpu * 2,
        1.5,
        heapMb << 20,
        heapMb << 20,
        2 * heapMb << 20,
        1,
        0,
        null);
  }

  private static String report(NlpBenchmark.Result r) {
    StringWriter out = new StringWriter();
    NlpBenchmark.print(r, new PrintWriter(out));
    return out.toString();
  }

  @Test
  void printsRatiosAgainstBothBaselinesAndTheGate() {
    NlpBenchmark.Result r =
        new NlpBenchmark.Result(
            List.of(),
            m("(c) floor", 10_000, 1, 100),
            m("(a) casewatch", 10_000, 3, 1000),
            m("(b) CoreNLP all", 10_000, 200, 4000),
            new GateCheck.Result(100, new Score(9, 1, 1), new Score(9, 1, 1), 10, 20));

    String report = report(r);

    assertThat(report)
        .contains("(a)/(b) = 66.7x   target >= 30x: met")
        .contains("(a)/(c) = 33.3%   target >= 25%: met")
        .contains("(a) heap after GC 1,000 MB (peak incl. garbage 2,000 MB)   target <= 3 GB: met")
        .contains(
            "(b) heap after GC 4,000 MB (peak incl. garbage 8,000 MB)   over one pipeline's 3 GB")
        .contains("gate: claim F1 gated 0.900, every sentence 0.900 (100 gold documents")
        .containsPattern("\\(a\\) casewatch\\s+10\\s+10000\\s+3333\\s+1667");
  }

  @Test
  void saysWhichTargetsAreMissed() {
    NlpBenchmark.Result r =
        new NlpBenchmark.Result(
            List.of(),
            m("(c) floor", 10_000, 1, 100),
            m("(a) casewatch", 10_000, 5, 1000),
            null,
            new GateCheck.Result(100, new Score(8, 1, 2), new Score(9, 1, 1), 10, 20));

    String report = report(r);

    assertThat(report)
        .contains("(a)/(c) = 20.0%   target >= 25%: NOT MET")
        .contains("target loss <= 0.01: NOT MET")
        .doesNotContain("(a)/(b)");
  }

  @Test
  void optionsAreValidatedAndMissingDataIsNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> NlpBenchmark.Options.of(dir, dir, 0))
        .isInstanceOf(IllegalArgumentException.class);
    NlpBenchmark.Options o = NlpBenchmark.Options.of(dir, dir, 3);
    assertThat(o.gold()).isEqualTo(dir.resolve(NlpBenchmark.DEFAULT_GOLD));
    assertThat(o.config()).isEqualTo(NlpConfig.defaults());
    assertThatThrownBy(() -> NlpBenchmark.run(o, new PrintWriter(new StringWriter())))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(BbcSample.DATA_SET);
  }
}
