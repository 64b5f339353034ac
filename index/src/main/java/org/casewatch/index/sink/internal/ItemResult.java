package org.casewatch.index.sink.internal;

/**
 * The outcome of one bulk item as Elasticsearch reported it.
 *
 * @param status the item's HTTP status
 * @param errorType the Elasticsearch error type, or null on success
 * @param reason the Elasticsearch error reason, or null on success
 */
public record ItemResult(int status, String errorType, String reason) {

  /** A successful item with the given status. */
  public static ItemResult ok(int status) {
    return new ItemResult(status, null, null);
  }
}
