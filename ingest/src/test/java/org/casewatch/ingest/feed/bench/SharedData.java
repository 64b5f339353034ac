package org.casewatch.ingest.feed.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared data folder is: the system property {@code casewatch.shared.data}, else {@code
 * shared/data} beside the checkout (searched upwards from the working directory).
 */
public final class SharedData {

  private SharedData() {}

  /** The shared data folder; may not exist (callers skip when it does not). */
  public static Path root() {
    String configured = System.getProperty("casewatch.shared.data");
    if (configured != null) {
      return Path.of(configured);
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return Path.of("shared-data-not-found");
  }

  /** A data set inside the shared folder. */
  public static Path dataset(String name) {
    return root().resolve(name);
  }
}
