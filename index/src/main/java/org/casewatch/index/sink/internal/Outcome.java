package org.casewatch.index.sink.internal;

/** What to do with a bulk item or a whole bulk request, given its status. */
public enum Outcome {
  /** Written; nothing more to do. */
  SUCCESS,
  /** A version conflict: the stored copy is already newer; counted, not retried. */
  ALREADY_NEWER,
  /** A transient failure (429, 5xx, no response): send again after a backoff. */
  RETRY,
  /** A permanent failure of this item (other 4xx): write it to the dead-letter index. */
  DEAD_LETTER,
  /** A permanent failure of the whole request (authentication, configuration): fail the job. */
  FAIL
}
