package org.casewatch.ingest.social;

/**
 * An API answer that is not the JSON shape its endpoint promises (not JSON, too deep, a missing
 * top-level field): the whole page is refused. Malformed single items are not errors: they are
 * skipped and counted in {@link SocialPage#skipped()}.
 */
public final class SocialParseException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A malformed page. */
  public SocialParseException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A malformed page. */
  public SocialParseException(String message) {
    super(message);
  }
}
