package org.casewatch.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A span of a document body that supports a claim or an event: usually one sentence.
 *
 * @param text the span as written in the body
 * @param begin character offset of the first character in the body
 * @param end character offset one past the last character
 */
public record Evidence(String text, int begin, int end) implements Serializable {

  public Evidence {
    Objects.requireNonNull(text, "text");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad evidence span [" + begin + ", " + end + ")");
    }
  }
}
