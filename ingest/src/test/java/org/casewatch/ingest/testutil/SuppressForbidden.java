package org.casewatch.ingest.testutil;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells forbiddenapis that a test class may use a flagged API; used for the JDK's {@code
 * com.sun.net.httpserver}, the in-process server of the loopback fixtures.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.CONSTRUCTOR})
public @interface SuppressForbidden {
  /** Why the use is acceptable. */
  String reason();
}
