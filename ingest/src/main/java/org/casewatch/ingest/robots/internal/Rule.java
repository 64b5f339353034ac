package org.casewatch.ingest.robots.internal;

import java.io.Serializable;
import java.util.Objects;

/**
 * One {@code Allow} or {@code Disallow} line of the group that applies, its path pattern already
 * normalised by {@link PathMatcher#normalisePattern(String)}.
 *
 * @param pattern the normalised pattern, ASCII only; may contain {@code *} and a final {@code $}
 * @param allow true for {@code Allow}, false for {@code Disallow}
 */
public record Rule(String pattern, boolean allow) implements Serializable {

  public Rule {
    Objects.requireNonNull(pattern, "pattern");
  }
}
