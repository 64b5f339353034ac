package org.casewatch.index.es;

/**
 * Why the managed Elasticsearch node could not be provisioned, started, reused or stopped. The
 * subclasses name the usual causes; the message always says what to look at.
 */
public class ManagedElasticsearchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with a message that says what went wrong and where. */
  public ManagedElasticsearchException(String message) {
    super(message);
  }

  /** A failure with a message and the exception that caused it. */
  public ManagedElasticsearchException(String message, Throwable cause) {
    super(message, cause);
  }
}
