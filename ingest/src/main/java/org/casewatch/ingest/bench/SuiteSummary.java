package org.casewatch.ingest.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts over a set of {@link SuiteFile}s: files, crashes, refusals by kind, parsed, and the title
 * and link match shares among the files whose Expect line checks them.
 */
public record SuiteSummary(
    String name,
    int files,
    int crashes,
    int parsed,
    Map<String, Integer> refusedByKind,
    int titleChecks,
    int titleMatches,
    int linkChecks,
    int linkMatches,
    int skipped) {

  /** The counts over {@code files}, under {@code name}. */
  public static SuiteSummary of(String name, List<SuiteFile> files) {
    Map<String, Integer> refused = new TreeMap<>();
    files.stream()
        .filter(f -> f.refusedKind() != null)
        .forEach(f -> refused.merge(f.refusedKind(), 1, Integer::sum));
    return new SuiteSummary(
        name,
        files.size(),
        (int) files.stream().filter(f -> f.crash() != null).count(),
        (int) files.stream().filter(SuiteFile::parsed).count(),
        refused,
        count(files, SuiteFile::titleCheck, false),
        count(files, SuiteFile::titleCheck, true),
        count(files, SuiteFile::linkCheck, false),
        count(files, SuiteFile::linkCheck, true),
        (int) files.stream().filter(SuiteFile::skipped).count());
  }

  private static int count(List<SuiteFile> files, Function<SuiteFile, Boolean> check, boolean ok) {
    return (int) files.stream().map(check).filter(v -> v != null && (!ok || v)).count();
  }

  /** Matched title checks over title checks (1 when there are none). */
  public double titleShare() {
    return titleChecks == 0 ? 1.0 : (double) titleMatches / titleChecks;
  }

  /** Matched link and id checks over link checks (1 when there are none). */
  public double linkShare() {
    return linkChecks == 0 ? 1.0 : (double) linkMatches / linkChecks;
  }

  /** One line of text with every count. */
  public String line() {
    return String.format(
        Locale.ROOT,
        "files %d, crashes %d, parsed %d, refused %s, title %d/%d (%.1f%%), link %d/%d (%.1f%%),"
            + " expect skipped %d",
        files,
        crashes,
        parsed,
        refusedByKind,
        titleMatches,
        titleChecks,
        100 * titleShare(),
        linkMatches,
        linkChecks,
        100 * linkShare(),
        skipped);
  }
}
