package org.casewatch.index.es;

import java.nio.file.Path;

/**
 * The unprivileged user that runs Elasticsearch cannot enter a directory on the way to the node's
 * files, for example a casewatch home under {@code /root}.
 */
public final class DirectoryNotReachableException extends ManagedElasticsearchException {

  private static final long serialVersionUID = 1L;

  private final transient Path directory;

  /** User {@code user} cannot traverse {@code directory}. */
  public DirectoryNotReachableException(Path directory, String user) {
    super(
        "The Elasticsearch user '"
            + user
            + "' cannot enter "
            + directory
            + ", which leads to the node's files. Set CASEWATCH_HOME (or -Dcasewatch.home) to a"
            + " directory outside it, such as /var/lib/casewatch, or grant that user execute"
            + " permission on it.");
    this.directory = directory;
  }

  /** The directory the user cannot traverse. */
  public Path directory() {
    return directory;
  }
}
