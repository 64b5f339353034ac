package org.casewatch.index.sink.internal;

import java.io.IOException;

/** A bulk request that failed as a whole: no response, or an error status for the request. */
public final class BulkRequestException extends IOException {

  private final int status;

  /**
   * A failed request.
   *
   * @param status the HTTP status of the response, or 0 when none arrived
   */
  public BulkRequestException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }
}
