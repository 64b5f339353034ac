/**
 * Implementation details of the nlp module (deadlines, the shared annotator cache); not for reuse.
 */
package org.casewatch.nlp.internal;
