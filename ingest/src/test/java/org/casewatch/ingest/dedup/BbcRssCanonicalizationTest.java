package org.casewatch.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casewatch.ingest.feed.bench.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The canonicaliser on 1,000 real BBC RSS items (shared data set bbc-news-rss-2022-sample): each
 * item's tracking link ({@code ?at_medium=RSS&at_campaign=KARANGA}) must meet its GUID (the clean
 * article URL), items repeated in the sample must collapse, and no two articles may.
 */
class BbcRssCanonicalizationTest {

  private static final Path CSV =
      SharedData.dataset("bbc-news-rss-2022-sample").resolve("bbc_news_rss_2022_sample1000.csv");

  @Test
  void trackingLinksCollapseOntoTheirArticlesAndArticlesStayApart() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(CSV), "shared data bbc-news-rss-2022-sample absent");
    List<String[]> rows = read(CSV);
    UrlCanonicalizer urls = UrlCanonicalizer.defaults();
    Map<String, Set<String>> guidsByCanonical = new HashMap<>();
    Set<String> guids = new HashSet<>();
    for (String[] row : rows) {
      String guid = row[4];
      String link = row[5];
      assertThat(link).contains("at_medium=RSS");
      assertThat(urls.canonicalize(link)).as(link).isEqualTo(urls.canonicalize(guid));
      guidsByCanonical.computeIfAbsent(urls.canonicalize(link), k -> new HashSet<>()).add(guid);
      guids.add(guid);
    }
    assertThat(rows).hasSize(1000);
    // the sample repeats 8 articles: 1,000 items, 992 articles, 992 canonical URLs
    assertThat(guids).hasSize(992);
    assertThat(guidsByCanonical).hasSize(992);
    assertThat(guidsByCanonical.values()).allSatisfy(g -> assertThat(g).hasSize(1));
  }

  /** Rows of a CSV with quoted fields ({@code ""} inside quotes is one quote). */
  private static List<String[]> read(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    List<String[]> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
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
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row.toArray(String[]::new));
        row = new ArrayList<>();
      } else if (ch != '\r') {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row.toArray(String[]::new));
    }
    return rows.subList(1, rows.size());
  }
}
