package org.casewatch.ingest.extract;

import java.util.Objects;

/** A page from which no article could be extracted, with the page URL and a typed reason. */
public final class ExtractionException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why no article could be extracted. */
  public enum Reason {
    /** The page has no main text (or no bytes at all). */
    EMPTY,
    /** The bytes are binary (an image, PDF, archive...), not HTML. */
    NOT_HTML
  }

  private final Reason reason;
  private final String url;

  /** A failure for a page URL. */
  public ExtractionException(Reason reason, String url, String message) {
    super(reason + " " + url + ": " + message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.url = url;
  }

  /** Why no article could be extracted. */
  public Reason reason() {
    return reason;
  }

  /** The URL of the page. */
  public String url() {
    return url;
  }
}
