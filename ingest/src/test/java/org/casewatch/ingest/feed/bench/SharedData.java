package org.casewatch.ingest.feed.bench;

import java.nio.file.Path;

/**
 * Where the shared data folder is, for tests; the same as {@link
 * org.casewatch.ingest.bench.SharedData}, to which it delegates.
 */
public final class SharedData {

  private SharedData() {}

  /** The shared data folder; may not exist (callers skip when it does not). */
  public static Path root() {
    return org.casewatch.ingest.bench.SharedData.root();
  }

  /** A data set inside the shared folder. */
  public static Path dataset(String name) {
    return org.casewatch.ingest.bench.SharedData.dataset(name);
  }
}
