/** Mapping of five-class sentiment probabilities to scores in [-1, 1] and document averages. */
package org.casewatch.nlp.sentiment;
