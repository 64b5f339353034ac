package org.casewatch.index.es;

/**
 * The node did not start or did not become healthy in time. The message quotes the tail of the
 * node's console output and log, which is where Elasticsearch explains itself.
 */
public final class NodeStartException extends ManagedElasticsearchException {

  private static final long serialVersionUID = 1L;

  private final String logTail;

  /** The start failed for {@code reason}; {@code logTail} holds the last lines of its output. */
  public NodeStartException(String reason, String logTail) {
    super(reason + "\n--- last lines of the Elasticsearch output ---\n" + logTail);
    this.logTail = logTail;
  }

  /** The last lines of the node's console output and log, as quoted in the message. */
  public String logTail() {
    return logTail;
  }
}
