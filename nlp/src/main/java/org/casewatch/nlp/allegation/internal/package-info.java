/** Implementation of the allegation rules: resource loading, party resolution, scoring. */
package org.casewatch.nlp.allegation.internal;
