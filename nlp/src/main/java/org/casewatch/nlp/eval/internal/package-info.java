/** Implementation of the gold-set evaluation: corpus readers and matching. */
package org.casewatch.nlp.eval.internal;
