package org.casewatch.nlp.eval.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Resolves gold references to texts: BBC rows of {@code bbc-news-fulltext-2225/<split>.csv.gz},
 * tweet rows of {@code metoo-tweets-2019/MeToo_tweets_2019-10.csv}, demo articles under the demo
 * folder (the {@code h1} and {@code p} elements of {@code article}, one paragraph each). Caches
 * each CSV once; not thread-safe.
 */
public final class GoldTexts {

  /** The demo folder relative to the project root. */
  public static final String DEMO = "pipeline/src/main/resources/org/casewatch/pipeline/demo/";

  private final Path projectRoot;
  private final Path sharedData;
  private final Map<String, List<List<String>>> csvs = new HashMap<>();

  /** Texts from {@code projectRoot} (demo) and {@code sharedData} (BBC, tweets). */
  public GoldTexts(Path projectRoot, Path sharedData) {
    this.projectRoot = projectRoot;
    this.sharedData = sharedData;
  }

  /** The text of BBC row {@code row} of {@code split}. */
  public String bbc(String split, int row) throws IOException {
    return cell("bbc-news-fulltext-2225/" + split + ".csv.gz", row, "text");
  }

  /** The text of tweet row {@code row}. */
  public String tweet(int row) throws IOException {
    return cell("metoo-tweets-2019/MeToo_tweets_2019-10.csv", row, "Text");
  }

  /** The visible article text of a demo page, paragraphs separated by a blank line. */
  public String demo(String path) throws IOException {
    return article(demoPage(path)).text;
  }

  /** The publication date of a demo page, or null. */
  public LocalDate demoPublished(String path) throws IOException {
    return article(demoPage(path)).published;
  }

  private Document demoPage(String path) throws IOException {
    Path file = projectRoot.resolve(DEMO).resolve(path).normalize();
    if (!file.startsWith(projectRoot.resolve(DEMO).normalize())) {
      throw new IOException("demo path escapes the demo folder: " + path);
    }
    return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  private record Article(String text, LocalDate published) {}

  private static Article article(Document page) {
    StringBuilder sb = new StringBuilder();
    for (Element e : page.select("article h1, article p")) {
      String t = e.text().strip();
      if (!t.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : "\n\n").append(t);
      }
    }
    Element meta = page.selectFirst("meta[property=article:published_time]");
    LocalDate published =
        meta == null ? null : OffsetDateTime.parse(meta.attr("content")).toLocalDate();
    return new Article(sb.toString(), published);
  }

  private String cell(String file, int row, String column) throws IOException {
    List<List<String>> rows = csvs.get(file);
    if (rows == null) {
      Path path = sharedData.resolve(file);
      try (InputStream raw = Files.newInputStream(path);
          InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        rows = Csv.read(reader);
      }
      csvs.put(file, rows);
    }
    int col = rows.get(0).indexOf(column);
    if (col < 0 || row + 1 >= rows.size()) {
      throw new IOException("no row " + row + " column " + column + " in " + file);
    }
    return rows.get(row + 1).get(col);
  }
}
