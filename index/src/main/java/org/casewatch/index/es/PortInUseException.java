package org.casewatch.index.es;

/** The HTTP port the node should listen on is already taken by another process. */
public final class PortInUseException extends ManagedElasticsearchException {

  private static final long serialVersionUID = 1L;

  private final int port;

  /** Port {@code port} on 127.0.0.1 is in use; {@code detail} says how that was found. */
  public PortInUseException(int port, String detail) {
    super(
        "Port "
            + port
            + " on 127.0.0.1 is already in use, so Elasticsearch cannot listen on it: "
            + detail
            + ". Stop what uses it or configure another port (0 chooses a free one).");
    this.port = port;
  }

  /** The port that was taken. */
  public int port() {
    return port;
  }
}
