package org.casewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs every file of the shared ROME test-feed corpus through the parser: each must either parse or
 * fail with a typed {@link FeedParseException}, never anything else.
 */
class RomeTestFeedsTest {

  private static final Path CORPUS = locate();

  private static Path locate() {
    String configured = System.getProperty("casewatch.shared.data");
    if (configured != null) {
      return Path.of(configured, "rome-test-feeds");
    }
    // The shared folder sits beside the repository checkout.
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("data").resolve("rome-test-feeds");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return Path.of("shared-data-not-found");
  }

  @Test
  void everyCorpusFileParsesOrFailsTyped() throws IOException {
    Assumptions.assumeTrue(
        Files.isDirectory(CORPUS),
        "shared data folder rome-test-feeds not found beside the checkout; corpus test skipped");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".rss"))
              .sorted()
              .toList();
    }
    FeedParser parser = new FeedParser();
    int parsed = 0;
    int items = 0;
    List<String> refused = new ArrayList<>();
    for (Path file : files) {
      try {
        FeedParseResult result =
            parser.parse(
                "https://feeds.example/" + file.getFileName(), Files.readAllBytes(file), null);
        parsed++;
        items += result.items().size();
      } catch (FeedParseException e) {
        refused.add(file.getFileName() + " " + e.kind());
      }
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "rome-test-feeds: %d files, %d parsed (%d items), %d refused: %s%n",
        files.size(),
        parsed,
        items,
        refused.size(),
        refused);
    assertThat(files).hasSizeGreaterThan(100);
    assertThat(parsed).isGreaterThan(files.size() / 2);
    assertThat(refused)
        .filteredOn(r -> r.contains("billion-laughs"))
        .containsExactly("billion-laughs-atom.xml DOCTYPE_NOT_ALLOWED");
  }
}
