package org.casewatch.index.sink;

import java.io.IOException;

/**
 * The sink could not make its buffered records durable, so the job must fail over and replay from
 * its last checkpoint.
 *
 * <p>Thrown when a whole bulk request keeps failing (Elasticsearch unreachable after every retry)
 * or fails for a reason retrying cannot fix (authentication, missing privileges).
 */
public class ElasticsearchSinkException extends IOException {

  private final int status;

  /**
   * A sink failure.
   *
   * @param status the HTTP status of the failing response, or 0 when none arrived
   */
  public ElasticsearchSinkException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status of the failing response, or 0 when none arrived. */
  public int status() {
    return status;
  }
}
