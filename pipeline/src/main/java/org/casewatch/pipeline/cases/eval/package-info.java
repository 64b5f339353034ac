/** Scores case assembly on the demo sample against the cases its authors intended. */
package org.casewatch.pipeline.cases.eval;
