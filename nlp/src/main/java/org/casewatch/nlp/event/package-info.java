/** Rule-based extraction of case events (arrests, charges, verdicts, lawsuits, ...). */
package org.casewatch.nlp.event;
