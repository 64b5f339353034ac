package org.casewatch.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A record that could not be processed, kept so that nothing is lost silently.
 *
 * <p>Dead letters are written to the dead-letter index with the stage that failed, a typed error
 * kind and the reason, so that an operator can see and replay them.
 *
 * @param id the id of the document or item that failed (deterministic, so a replay overwrites)
 * @param sourceUrl the URL the record came from
 * @param stage the pipeline stage that failed: {@code feed}, {@code fetch}, {@code extract}, {@code
 *     nlp} or {@code index}
 * @param errorType a stable machine-readable kind, such as {@code HTTP_STATUS} or {@code
 *     mapper_parsing_exception}
 * @param reason a human-readable explanation
 * @param status the HTTP or Elasticsearch status code, or 0 when none applies
 * @param failedAt when the failure happened
 */
public record DeadLetter(
    String id,
    String sourceUrl,
    String stage,
    String errorType,
    String reason,
    int status,
    Instant failedAt)
    implements Serializable {

  public DeadLetter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(errorType, "errorType");
    Objects.requireNonNull(failedAt, "failedAt");
    sourceUrl = sourceUrl == null ? "" : sourceUrl;
    reason = reason == null ? "" : reason;
  }
}
