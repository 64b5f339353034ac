package org.casewatch.ingest.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the third-party benchmark data lives: the folder named by the system property {@value
 * #PROPERTY}, else {@code ../shared/data} relative to the project root, found by looking for a
 * {@code shared/data} folder beside the working directory and its parents. The data is never part
 * of the repository.
 */
public final class SharedData {

  /** The system property that names the shared data folder. */
  public static final String PROPERTY = "casewatch.shared.data";

  private SharedData() {}

  /**
   * The shared data folder; it may not exist (callers report or skip when it does not). When no
   * candidate exists, {@code ../shared/data} relative to the working directory.
   */
  public static Path root() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return Path.of("..", "shared", "data");
  }

  /** A data set inside the shared folder. */
  public static Path dataset(String name) {
    return root().resolve(name);
  }
}
