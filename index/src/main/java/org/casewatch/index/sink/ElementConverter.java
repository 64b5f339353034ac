package org.casewatch.index.sink;

import java.io.Serializable;

/**
 * Turns one stream record into the {@link IndexAction} that stores it.
 *
 * <p>Shipped in the job graph, so it must be serializable and hold no clients. It must be
 * deterministic: the same record always yields the same index, id and document, which together with
 * at-least-once delivery makes each document effectively written once.
 *
 * @param <IN> the record type
 */
@FunctionalInterface
public interface ElementConverter<IN> extends Serializable {

  /** The index operation for one record. */
  IndexAction convert(IN element);
}
