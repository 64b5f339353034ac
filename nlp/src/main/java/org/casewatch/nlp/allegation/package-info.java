/** Rule-based extraction of attributed sexual-misconduct allegation claims from annotated text. */
package org.casewatch.nlp.allegation;
