package org.casewatch.pipeline.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casewatch.ingest.status.ArchiveProgress;

/**
 * Renders source statuses for people (a table) and for programs (JSON-ready maps), judging silence
 * with {@link SilenceRule} at the time of the report. Stateless.
 */
public final class SourceStatusReport {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final String[] HEADER = {
    "SOURCE", "KIND", "LAST SUCCESS", "ITEMS SEEN", "ERRORS BY KIND", "SILENT?"
  };

  private static final String[] ARCHIVE_HEADER = {
    "ARCHIVE", "FORMAT", "STATE", "RECORDS READ", "BYTES READ", "PROGRESS", "REASON"
  };

  private SourceStatusReport() {}

  /** One row per source, columns padded; {@code clean} makes untrusted text safe to print. */
  public static List<String> table(
      List<SourceStatus> statuses, Instant now, java.util.function.UnaryOperator<String> clean) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (SourceStatus s : statuses) {
      SilenceRule.Verdict verdict = SilenceRule.judge(s, now);
      rows.add(
          new String[] {
            clean.apply(s.sourceId()),
            clean.apply(s.kind()),
            s.lastSuccessAt() == null
                ? "never"
                : TIME.format(s.lastSuccessAt()) + " (" + ago(s.lastSuccessAt(), now) + ")",
            Long.toString(s.itemsSeen()),
            errors(s.errors(), clean),
            silence(verdict)
          });
    }
    return pad(rows);
  }

  /**
   * One row per archive source (none when there is no archive): its format, state ({@code running},
   * {@code partial}, {@code done}, {@code failed}), records read, bytes read of the file's size
   * with the percentage, and the reason of a failed or partial read. A {@code running} state is the
   * last report: after a crash it stays until the job is restored.
   */
  public static List<String> archives(
      List<SourceStatus> statuses, java.util.function.UnaryOperator<String> clean) {
    List<String[]> rows = new ArrayList<>();
    rows.add(ARCHIVE_HEADER);
    for (SourceStatus s : statuses) {
      ArchiveProgress p = s.archive();
      if (p == null) {
        continue;
      }
      rows.add(
          new String[] {
            clean.apply(s.sourceId()),
            clean.apply(p.format()),
            p.state().label(),
            Long.toString(p.recordsRead()),
            bytes(p.bytesRead()) + " / " + bytes(p.sizeBytes()),
            String.format(Locale.ROOT, "%.1f%%", p.percent()),
            p.reason().isEmpty() ? "-" : clean.apply(p.reason())
          });
    }
    return rows.size() == 1 ? List.of() : pad(rows);
  }

  /** A byte count for people: {@code 512 B}, {@code 3.4 KiB}, {@code 1.2 MiB}, {@code 2.0 GiB}. */
  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = n;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  private static List<String> pad(List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]);
        if (i < row.length - 1) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** The JSON object of one source: its stored fields plus the silence verdict at {@code now}. */
  public static Map<String, Object> json(SourceStatus s, Instant now) {
    Map<String, Object> doc = SourceStatusDocument.of(s, now);
    doc.remove("updated_at");
    SilenceRule.Verdict verdict = SilenceRule.judge(s, now);
    Map<String, Object> errors = new LinkedHashMap<>(s.errors());
    doc.put("errors", errors);
    doc.put("silent", verdict.silent());
    doc.put("quiet_seconds", verdict.quietFor().toSeconds());
    doc.put("silence_limit_seconds", verdict.limit().toSeconds());
    if (verdict.usualGap() != null) {
      doc.put("usual_gap_seconds", verdict.usualGap().toSeconds());
    }
    return doc;
  }

  static String errors(Map<String, Long> errors, java.util.function.UnaryOperator<String> clean) {
    if (errors.isEmpty()) {
      return "-";
    }
    List<String> parts = new ArrayList<>();
    errors.forEach((kind, count) -> parts.add(clean.apply(kind) + " " + count));
    return String.join(", ", parts);
  }

  static String silence(SilenceRule.Verdict verdict) {
    if (!verdict.silent()) {
      return "no";
    }
    return "YES: quiet "
        + human(verdict.quietFor())
        + ", limit "
        + human(verdict.limit())
        + (verdict.usualGap() == null ? "" : " (usual gap " + human(verdict.usualGap()) + ")");
  }

  /** A short human duration: {@code 45s}, {@code 12m}, {@code 5h}, {@code 3d}. */
  static String human(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s < 120) {
      return s + "s";
    }
    if (s < 2 * 3600) {
      return s / 60 + "m";
    }
    if (s < 2 * 86400) {
      return s / 3600 + "h";
    }
    return s / 86400 + "d";
  }

  private static String ago(Instant then, Instant now) {
    return human(Duration.between(then, now)) + " ago";
  }
}
