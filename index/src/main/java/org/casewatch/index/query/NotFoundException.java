package org.casewatch.index.query;

/** An id that was well-formed but names nothing in the index, such as an unknown case id. */
public final class NotFoundException extends QueryException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /** Nothing of {@code kind} (for example {@code case}) has the id {@code id}. */
  public NotFoundException(String kind, String id) {
    super("no " + kind + " with id " + id);
    this.kind = kind;
    this.id = id;
  }

  /** What was looked for, for example {@code case}. */
  public String kind() {
    return kind;
  }

  /** The id that was not found (already validated against the id pattern). */
  public String id() {
    return id;
  }
}
