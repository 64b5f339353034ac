package org.casewatch.index.query;

/**
 * A query parameter was refused: malformed, out of range, too expensive (a leading wildcard, a huge
 * size, a deep {@code from}) or not on an allow-list (a sort field, an id pattern).
 *
 * <p>The message names the parameter and the rule, never echoing more than a short, sanitised
 * prefix of the refused value.
 */
public final class InvalidParameterException extends QueryException {

  private static final long serialVersionUID = 1L;

  private final String parameter;

  /** A refusal of {@code parameter} because of {@code reason} (which should name the rule). */
  public InvalidParameterException(String parameter, String reason) {
    super(parameter + ": " + reason);
    this.parameter = parameter;
  }

  /** The name of the refused parameter, as the caller spelt it in the API. */
  public String parameter() {
    return parameter;
  }
}
