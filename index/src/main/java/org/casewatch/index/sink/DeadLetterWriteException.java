package org.casewatch.index.sink;

/**
 * A dead letter could not be written to the dead-letter index.
 *
 * <p>Nothing may be lost silently, so the sink fails the job rather than drop the record; the job
 * restarts under its restart strategy and replays from the last checkpoint.
 */
public final class DeadLetterWriteException extends ElasticsearchSinkException {

  private final String index;
  private final String recordId;

  /**
   * A failed dead-letter write.
   *
   * @param index the dead-letter index
   * @param recordId the id of the record whose dead letter failed
   * @param status the status Elasticsearch returned, or 0 when none arrived
   * @param reason what Elasticsearch said
   */
  public DeadLetterWriteException(String index, String recordId, int status, String reason) {
    super(
        "could not write dead letter for "
            + recordId
            + " to "
            + index
            + ": "
            + status
            + " "
            + reason,
        status,
        null);
    this.index = index;
    this.recordId = recordId;
  }

  /** The dead-letter index that refused the write. */
  public String index() {
    return index;
  }

  /** The id of the record whose dead letter failed. */
  public String recordId() {
    return recordId;
  }
}
