package org.casewatch.ingest.feed;

import java.util.Objects;

/**
 * A feed document that could not be parsed, with the feed URL and a typed {@link Kind}.
 *
 * <p>The message never quotes the document: a refused DOCTYPE or entity is reported by kind only,
 * so nothing an entity might point at can reach logs or indices.
 */
public final class FeedParseException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a feed could not be parsed. */
  public enum Kind {
    /** The document has a DOCTYPE; DOCTYPEs (and so entities and external DTDs) are refused. */
    DOCTYPE_NOT_ALLOWED,
    /** The document is not well-formed XML, or has an undecodable encoding. */
    MALFORMED,
    /** Well-formed XML, but not a feed format ROME knows. */
    NOT_A_FEED,
    /** No bytes at all. */
    EMPTY
  }

  private final Kind kind;
  private final String feedUrl;

  /** A failure of a kind for a feed, with the underlying cause when there is one. */
  public FeedParseException(Kind kind, String feedUrl, String message, Throwable cause) {
    super(kind + " " + feedUrl + ": " + message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.feedUrl = feedUrl;
  }

  /** Why the feed could not be parsed. */
  public Kind kind() {
    return kind;
  }

  /** The URL of the feed. */
  public String feedUrl() {
    return feedUrl;
  }
}
