package org.casewatch.index.sink.internal;

import java.io.Closeable;
import java.util.List;

/**
 * Sends one bulk request and reports each item's outcome.
 *
 * <p>The seam between the sink's retry logic and Elasticsearch: production uses {@link
 * ClientBulkExecutor}; tests inject failure shapes a real node cannot produce on demand (a 429 on
 * items 3 and 7 of 10).
 */
public interface BulkExecutor extends Closeable {

  /**
   * Sends the items as one bulk request.
   *
   * @return one result per item, in item order
   * @throws BulkRequestException when the request failed as a whole
   */
  List<ItemResult> execute(List<BulkItem> items) throws BulkRequestException;
}
