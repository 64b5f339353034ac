package org.casewatch.ingest.internal;

import java.io.IOException;

/** A body that is, or says it is, larger than its cap. */
public final class BodyTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  /** With a message saying which limit was passed. */
  public BodyTooLargeException(String message) {
    super(message);
  }
}
