package org.casewatch.pipeline.cases;

import java.io.IOException;

/** Elasticsearch refused a write of {@code casewatch cases rebuild}; carries the index and id. */
public final class CaseRebuildException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String index;
  private final String id;

  /** A refused write of document {@code id} in {@code index}, for {@code reason}. */
  public CaseRebuildException(String index, String id, String reason) {
    super("Elasticsearch refused " + index + "/" + id + ": " + reason);
    this.index = index;
    this.id = id;
  }

  /** The index of the refused document. */
  public String index() {
    return index;
  }

  /** The id of the refused document. */
  public String id() {
    return id;
  }
}
