/** Scoring of extracted claims and events against a labelled gold set. */
package org.casewatch.nlp.eval;
