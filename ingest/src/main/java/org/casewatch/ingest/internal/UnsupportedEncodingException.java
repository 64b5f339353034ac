package org.casewatch.ingest.internal;

import java.io.IOException;

/** A {@code Content-Encoding} that casewatch cannot decode, or a corrupt compressed body. */
public final class UnsupportedEncodingException extends IOException {

  private static final long serialVersionUID = 1L;

  /** With a message naming the encoding. */
  public UnsupportedEncodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
