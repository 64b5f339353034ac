/** Date expressions normalised against the publication date with SUTime. */
package org.casewatch.nlp.time;
