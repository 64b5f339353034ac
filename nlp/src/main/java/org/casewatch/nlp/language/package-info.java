/** Cheap, dependency-free language detection from writing script and function-word shares. */
package org.casewatch.nlp.language;
