package org.casewatch.pipeline.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a deliberate use of an API that the forbidden-APIs check flags, with the reason it is safe
 * here. The build's {@code forbiddenapis} configuration honours this annotation.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {
  /** Why the flagged use is correct here. */
  String reason();
}
