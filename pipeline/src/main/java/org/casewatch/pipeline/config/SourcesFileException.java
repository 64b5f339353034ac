package org.casewatch.pipeline.config;

import java.nio.file.Path;

/** A sources file that cannot be used, with the file and the first problem found in it. */
public final class SourcesFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /** A problem with {@code file}, described by {@code problem}. */
  public SourcesFileException(Path file, String problem) {
    super("sources file " + file + ": " + problem);
    this.file = file;
  }

  /** The file with the problem. */
  public Path file() {
    return file;
  }
}
