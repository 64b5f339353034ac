package org.casewatch.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.casewatch.ingest.dedup.internal.Shingles;
import org.casewatch.ingest.feed.bench.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Syndication groups on the 2,225 BBC articles (shared data set bbc-news-fulltext-2225), which hold
 * republished and re-headlined copies: every document joined to an earlier one must share most of
 * its 3-word shingles with it (Jaccard at least 0.5: no two different stories collapse), and every
 * exact repeat must land in the group of its first copy.
 */
class BbcFulltextSyndicationTest {

  private static final Path DIR = SharedData.dataset("bbc-news-fulltext-2225");

  @Test
  void groupsOnlyCopiesAndEveryExactRepeat() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(DIR), "shared data bbc-news-fulltext-2225 absent");
    List<String> texts = new ArrayList<>();
    for (String split : new String[] {"train", "val", "test"}) {
      texts.addAll(firstColumn(DIR.resolve(split + ".csv.gz")));
    }
    assertThat(texts).hasSize(2225);
    NearDuplicateIndex index = new NearDuplicateIndex();
    Map<String, String> firstByHash = new HashMap<>();
    int duplicates = 0;
    int exactRepeats = 0;
    for (int i = 0; i < texts.size(); i++) {
      String id = String.format(java.util.Locale.ROOT, "bbc-%04d", i);
      SyndicationAssignment a = index.addText(id, texts.get(i));
      if (a.duplicate()) {
        duplicates++;
        int j = Integer.parseInt(a.nearestId().substring(4));
        assertThat(jaccard(texts.get(i), texts.get(j)))
            .as(id + " joined " + a.nearestId())
            .isGreaterThanOrEqualTo(0.5);
      }
      String first = firstByHash.putIfAbsent(ContentHash.of(texts.get(i)), id);
      if (first != null) {
        exactRepeats++;
        assertThat(a.groupId()).isEqualTo(index.groupOf(first));
      }
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "bbc-news-fulltext-2225: %d documents, %d exact repeats, %d joined an earlier copy%n",
        texts.size(),
        exactRepeats,
        duplicates);
    assertThat(exactRepeats).isEqualTo(103);
    // the re-headlined and edited copies beyond the exact repeats
    assertThat(duplicates).isGreaterThan(exactRepeats + 30);
  }

  private static double jaccard(String x, String y) {
    Set<String> a = new HashSet<>(Shingles.of(Shingles.words(Shingles.normalise(x)), 3));
    Set<String> b = new HashSet<>(Shingles.of(Shingles.words(Shingles.normalise(y)), 3));
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    Set<String> either = new HashSet<>(a);
    either.addAll(b);
    return either.isEmpty() ? 1.0 : (double) both.size() / either.size();
  }

  /** The first column of a gzip CSV with a header and quoted fields. */
  private static List<String> firstColumn(Path gz) throws IOException {
    String text;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> values = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int column = 0;
    boolean header = true;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',' || ch == '\n') {
        if (column == 0 && !header) {
          values.add(field.toString());
        }
        field.setLength(0);
        column = ch == ',' ? column + 1 : 0;
        header = header && ch != '\n';
      } else if (ch != '\r') {
        field.append(ch);
      }
    }
    return values;
  }
}
