package org.casewatch.index.query;

/**
 * A query that could not be answered because of what was asked, not because Elasticsearch failed.
 *
 * <p>The subclasses say whose fault it is: {@link InvalidParameterException} (a parameter is
 * malformed, too expensive or not allowed: HTTP 400) and {@link NotFoundException} (an id that does
 * not exist: HTTP 404). Failures of Elasticsearch itself stay {@link java.io.IOException}s or the
 * client's own exceptions.
 */
public abstract class QueryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  QueryException(String message) {
    super(message);
  }
}
