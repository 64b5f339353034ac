package org.casewatch.ingest.social;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded social API answers in {@code ../shared/data/social-media-api-samples} (relative to
 * the project root, or under the folder named by {@code -Dcasewatch.shared.data}); read in place,
 * never copied. Tests using them are skipped with a message when the folder is absent.
 */
public final class SocialSamples {

  private static final String DATA_SET = "social-media-api-samples";

  private SocialSamples() {}

  /** The sample folder, or null when absent. */
  public static Path locate() {
    List<Path> candidates = new ArrayList<>();
    String property = System.getProperty("casewatch.shared.data");
    if (property != null && !property.isBlank()) {
      candidates.add(Paths.get(property));
    }
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("pom.xml")) && p.getParent() != null) {
        candidates.add(p.getParent().resolve("shared").resolve("data"));
      }
    }
    for (Path c : candidates) {
      if (Files.isRegularFile(c.resolve(DATA_SET).resolve("SOURCE.txt"))) {
        return c.resolve(DATA_SET);
      }
    }
    return null;
  }

  /** A sample file; skips the test when the samples are absent. */
  public static Path file(String platform, String name) {
    Path dir = locate();
    assumeTrue(
        dir != null,
        "social samples not found: ../shared/data/" + DATA_SET + " (set -Dcasewatch.shared.data)");
    Path file = dir.resolve(platform).resolve(name);
    assumeTrue(Files.isRegularFile(file), "sample file missing: " + file);
    return file;
  }

  /** The bytes of a sample file. */
  public static byte[] bytes(String platform, String name) {
    try {
      return Files.readAllBytes(file(platform, name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rows of a platform's {@code INDEX.tsv}, by file name, each as a map from column to value.
   */
  public static Map<String, Map<String, String>> index(String platform) {
    try {
      List<String> lines = Files.readAllLines(file(platform, "INDEX.tsv"), StandardCharsets.UTF_8);
      String[] header = lines.get(0).split("\t", -1);
      Map<String, Map<String, String>> rows = new HashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split("\t", -1);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length && i < cells.length; i++) {
          row.put(header[i], cells[i]);
        }
        rows.put(cells[0], row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
